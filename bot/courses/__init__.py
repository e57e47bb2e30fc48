"""The course finder: which digital-skills courses fit what a resident asks."""
