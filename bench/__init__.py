"""Benchmarks: one script per area, a shared seeded dataset, results as JSON in bench/results/."""
