"""Letters, cards and labels typeset with ReportLab in the bundled Korean font."""
