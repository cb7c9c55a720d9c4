package com.crewbid.identity.mfa;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/**
 * Renders text (an {@code otpauth://} URI) as a QR code PNG, made on the server so the secret never
 * goes to a third-party QR service.
 */
public final class QrCodes {

  private static final int SIZE_PIXELS = 256;

  private QrCodes() {}

  public static byte[] png(String text) {
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  SIZE_PIXELS,
                  SIZE_PIXELS,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8",
                      EncodeHintType.MARGIN,
                      2));
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(matrix, "PNG", png);
      return png.toByteArray();
    } catch (WriterException e) {
      // Without the text: it holds the secret.
      throw new IllegalArgumentException("The text does not fit in a QR code");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the QR code PNG", e);
    }
  }

  /** The PNG as a {@code data:} URI, for an {@code <img src>} that needs no second request. */
  public static String pngDataUri(String text) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
  }
}
