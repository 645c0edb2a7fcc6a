"""The tabs of the main window, each drawn from the one view of the card."""
