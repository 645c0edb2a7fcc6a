"""Registering the bridge with the browsers: host manifests, their folders and registry keys."""
