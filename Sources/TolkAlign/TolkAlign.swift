// TolkAlign: see README.md. The module's types arrive with its issue.
