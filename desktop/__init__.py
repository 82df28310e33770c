"""Posture: an offline planner for a multinational reassurance force for Ukraine."""

__version__ = "0.1.0"

#: The one application name of the user's data and cache folders (platformdirs) and of Qt's settings.
APP_NAME = "Posture"
