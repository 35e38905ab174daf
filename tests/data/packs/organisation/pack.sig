{
  "format": "chinacheck-pack-signature",
  "version": 1,
  "algorithm": "ed25519",
  "public_key": "d661ktzOipWflkoC4vsW2Op2Mpu2IfdoQA6nJseZk94=",
  "signature": "dxJ9YuC3lxmpZqaI/dCqY+/zhjIsw87A1rSLmxFIPMu4xnZWFJ92/cQiKg23AhWAzRZV8NTmL0/mnM2ysJy4Dw=="
}
