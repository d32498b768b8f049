"""Questionnaire definitions, one module each. Every string is marked for translation."""

from forms.child_8_11 import QUESTIONNAIRE as CHILD_8_11

ALL = (CHILD_8_11,)
