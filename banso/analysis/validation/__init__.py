"""The validation lab: does the health score predict churn, which of its parts carry signal, and what would weigh them better."""
