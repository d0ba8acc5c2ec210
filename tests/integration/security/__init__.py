"""Attacks on the trust boundaries: each test is the attack, and fails on code that allows it."""
