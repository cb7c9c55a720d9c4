package com.crewbid.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

  @Test
  void whenUriIsBuiltThenLabelIssuerAndParametersAreEncoded() {
    String uri = OtpAuthUri.of("ana+dev@example.com", "JBSWY3DPEHPK3PXP", new Totp());

    assertThat(uri)
        .isEqualTo(
            "otpauth://totp/Crewbid:ana%2Bdev%40example.com?secret=JBSWY3DPEHPK3PXP"
                + "&issuer=Crewbid&algorithm=SHA1&digits=6&period=30");
  }

  @Test
  void whenIssuerHasSpacesThenTheyBecomePercent20AndOtherSettingsShow() {
    Totp totp = new Totp(Totp.Algorithm.SHA256, 8, Duration.ofSeconds(60));

    assertThat(OtpAuthUri.of("Crewbid Staging", "ana", "jbsw y3dp", totp))
        .isEqualTo(
            "otpauth://totp/Crewbid%20Staging:ana?secret=JBSWY3DP&issuer=Crewbid%20Staging"
                + "&algorithm=SHA256&digits=8&period=60");
  }

  @Test
  void whenQrCodeIsRenderedThenAReaderDecodesTheSameUri() throws Exception {
    String uri = OtpAuthUri.of("ana@example.com", new Totp().newSecret(), new Totp());

    byte[] png = QrCodes.png(uri);

    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    var image = ImageIO.read(new ByteArrayInputStream(png));
    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(uri);
  }

  @Test
  void whenDataUriIsAskedThenItCarriesThePngInBase64() {
    String dataUri = QrCodes.pngDataUri("otpauth://totp/x");

    assertThat(dataUri).startsWith("data:image/png;base64,");
    assertThat(Base64.getDecoder().decode(dataUri.substring("data:image/png;base64,".length())))
        .isEqualTo(QrCodes.png("otpauth://totp/x"));
  }
}
