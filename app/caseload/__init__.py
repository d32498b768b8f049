"""The caseload: each child's figures kept on their own row, and the children a member of staff sees, in order."""
