"""Run every benchmark script in this folder, one after the other: ``python -m bench``.

Each script prints its own table and writes ``bench/results/<name>.json``;
extra arguments are passed to none of them (run a script directly to tune it).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failures = 0
    for script in sorted(HERE.glob("*_bench.py")):
        print(f"== {script.stem} ==", flush=True)
        failures += subprocess.call([sys.executable, str(script)], cwd=HERE.parent) != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
