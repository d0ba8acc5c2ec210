"""The patient profile's tabs, each a widget over one slice of the patient's record."""
