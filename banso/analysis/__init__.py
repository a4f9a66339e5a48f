"""Analyses over the store: retention, segments, the accounts list, renewals, account views."""
