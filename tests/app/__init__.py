"""Pilot tests of the Textual shell."""
