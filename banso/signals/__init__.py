"""Signals: indicator rules over each account, alerts with a life, and where they go.

Data flows one way: the rule language (`banso.config.rule_language`) is compiled (`compile`) against a per-account frame
(`frame`) built from metrics and health snapshots; `evaluate` finds the accounts a rule fires on;
`alerts` records them with cooldowns; `backtest` replays rules over history.
"""
