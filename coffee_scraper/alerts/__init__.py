"""Operator alerts: channels (webhook, Sentry, e-mail), secret scrubbing, and cooldown/dedup state in Postgres."""
from coffee_scraper.alerts.channels import Notification, channels_from_settings, deliver
from coffee_scraper.alerts.state import process_checks

__all__ = ["Notification", "channels_from_settings", "deliver", "process_checks"]
