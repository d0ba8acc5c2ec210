"""Administration: one generic screen over every resource the signed-in role manages."""

from desktop.ui.screens.administration.screen import AdministrationScreen

__all__ = ["AdministrationScreen"]
