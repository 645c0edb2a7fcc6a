"""A virtual BELPIC card: in this process, or in a vpcd reader of a (private) pcscd.

Simulated cards always report themselves as simulated, and their test root is never trusted
outside an explicit test configuration.
"""
