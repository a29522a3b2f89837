"""Fund ledger, 四议两公开 decisions and 财务公开. Not built yet."""
