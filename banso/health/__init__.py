"""Health scores: metrics → 0..1 scores → points per dimension → a 0–100 score, band and explanation.

Scoring is a pure Ibis expression (`scoring`); `engine` runs it for dates and writes snapshots;
`read` answers the questions the CLI and web ask of the snapshots.
"""
