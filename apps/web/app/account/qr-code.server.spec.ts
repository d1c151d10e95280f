import { describe, expect, it } from '@jest/globals';
import QRCode from 'qrcode';
import { qrCodePath } from './qr-code.server';

describe('qrCodePath', () => {
  it('draws one unit square per dark module of the QR code', () => {
    const uri =
      'otpauth://totp/Rebound:coach%40example.test?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Rebound';
    const { size, path } = qrCodePath(uri);
    const { modules } = QRCode.create(uri, { errorCorrectionLevel: 'M' });
    const dark = Array.from(modules.data).filter(Boolean).length;
    expect(size).toBe(modules.size);
    expect(path.match(/M\d+ \d+h1v1h-1z/g)).toHaveLength(dark);
    // The finder pattern's top-left corner is dark.
    expect(path.startsWith('M0 0h1v1h-1z')).toBe(true);
  });
});
