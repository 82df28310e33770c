"""Posture: an offline planner for a multinational reassurance force for Ukraine."""

__version__ = "0.1.0"
