"""Evidence of what CS work is worth: revenue retention, and (to come) impact, LTV, early signals, inventory."""
