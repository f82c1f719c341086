"""Synchronisation with the agency server: protocol clients, offline workspace, three-way merge."""
