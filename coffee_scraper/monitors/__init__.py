"""Spidermon monitoring of crawls: per-roaster checks, suites, and the actions that store and alert."""
