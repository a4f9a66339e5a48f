"""Notifiers: alerts to Slack, e-mail and signed webhooks through the outbox, and the digital-route
segment to CSV files and SQL tables. They read alerts; they never compute them."""
