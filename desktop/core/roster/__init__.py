"""Village roster (花名册): households, people, special groups, history, search, Excel."""
