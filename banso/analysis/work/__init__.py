"""The team's work as the pages read it: tasks, notes, playbooks' enrolments, My work and the team's load."""
