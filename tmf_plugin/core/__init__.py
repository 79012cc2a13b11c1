"""Shared core of the four jobs: geodesy, attributes, countries, river networks, parameters, errors and compatibility."""
