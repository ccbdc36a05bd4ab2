package dev.homepage.check;

/** How bad a finding is: errors fail the check, warnings only when the check is told to be strict. */
public enum Severity {
    ERROR,
    WARNING
}
