"""Playbooks at work: triggers enrol accounts, steps run on their days, exits end them (see `runner`).

The definitions are configuration (`banso.config.playbooks`), the enrolments application state
(`banso.appstate.playbooks`); this package is what a day's run does with both. It sits with the
signals because a playbook is what the team does when a signal fires: a person's task on the human
route, messages and exports on the digital one.

    Engine(store, app_state, config).run_day(date(2026, 11, 16))   # what `banso playbooks run` does
"""

from banso.signals.playbooks.runner import DayRun, Engine, PlaybookDay, exit_reason, stop

__all__ = ["DayRun", "Engine", "PlaybookDay", "exit_reason", "stop"]
