{
  "format": "chinacheck-pack-signature",
  "version": 1,
  "algorithm": "ed25519",
  "public_key": "AukPpPj2RloObFDilsJNsbAPBPi8qpzLFyUBiVlYNQM=",
  "signature": "BtU7zFzzH+iwjnZuKK5gWa1JcYMSPVFJ4RCYmaobGh7P5eCjWRfrCeFJoaM8259PqYkkSisvAWBskKg51esTAQ=="
}
