"""Resolution: agencies qualified by their government, people clustered across notices."""
