#include "export/Csv.h"
#include "export/ResultExport.h"
#include "extract/MailText.h"

#include <gtest/gtest.h>

namespace sb {
namespace {

TEST(Csv, QuotesWhatNeedsQuotingAndDefusesFormulas)
{
    EXPECT_EQ(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    // A spreadsheet would run these (OWASP CSV injection); numbers stay numbers.
    EXPECT_EQ(csvField(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    EXPECT_EQ(csvField(QStringLiteral("+1 555 0100")), QStringLiteral("'+1 555 0100"));
    EXPECT_EQ(csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(csvField(QStringLiteral("-cmd")), QStringLiteral("'-cmd"));
    EXPECT_EQ(csvField(QStringLiteral("-5")), QStringLiteral("-5"));
    EXPECT_EQ(csvField(QStringLiteral("-1,250.50")), QStringLiteral("\"-1,250.50\""));
    EXPECT_EQ(csvField(QStringLiteral("-2+3+cmd|' /C calc'!A0")), QStringLiteral("'-2+3+cmd|' /C calc'!A0"));
    EXPECT_EQ(csvRecord({QStringLiteral("a"), QString(), QStringLiteral("c")}), QStringLiteral("a,,c\r\n"));
}

TEST(ResultExport, EntitiesCsvHasAHeaderAndOneRecordPerEntity)
{
    const QString text = QStringLiteral("Pay $5, ok");
    Entity money = Entity::at(text, EntityType::Financial, 4, 6, 0.9123, QStringLiteral("5 USD"));
    money.context = text;
    EXPECT_EQ(entitiesCsv({money}), QStringLiteral("type,value,normalized,confidence,start,end,context\r\n"
                                                   "financial,$5,5 USD,0.912,4,6,\"Pay $5, ok\"\r\n"));
}

TEST(MailText, ShowsHeadersAndThePlainTextPartOfAMultipartMessage)
{
    const QByteArray message = "From: =?utf-8?B?Sm9zw6kgQsOpbGFuZ2Vy?= <jose@example.com>\r\n"
                               "To: sales@example.com\r\n"
                               "Subject: Renewal\r\n"
                               "  for 2027\r\n"
                               "MIME-Version: 1.0\r\n"
                               "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
                               "preamble\r\n"
                               "--outer\r\n"
                               "Content-Type: multipart/alternative; boundary=inner\r\n\r\n"
                               "--inner\r\n"
                               "Content-Type: text/html; charset=utf-8\r\n\r\n"
                               "<p>HTML version</p>\r\n"
                               "--inner\r\n"
                               "Content-Type: text/plain; charset=utf-8\r\n"
                               "Content-Transfer-Encoding: base64\r\n\r\n" +
                               QByteArray("Call me at 3pm.\nJosé").toBase64() +
                               "\r\n--inner--\r\n"
                               "--outer\r\n"
                               "Content-Type: text/plain\r\nContent-Disposition: attachment; filename=a.txt\r\n\r\n"
                               "attachment text\r\n"
                               "--outer--\r\n";
    const QString text = mailText(message);
    EXPECT_EQ(text, QStringLiteral("From: José Bélanger <jose@example.com>\nTo: sales@example.com\n"
                                   "Subject: Renewal for 2027\n\nCall me at 3pm.\nJosé\n"));
}

TEST(MailText, FallsBackToHtmlWithoutMarkupAndDecodesLatin1)
{
    const QByteArray message = "Subject: Hi\nContent-Type: text/html; charset=iso-8859-1\n"
                               "Content-Transfer-Encoding: quoted-printable\n\n"
                               "<html><head><style>p{}</style></head><body><p>Gr=FC=DFe aus M=FCnchen</p>"
                               "<p>Tom &amp; Jerry</p></body></html>\n";
    EXPECT_EQ(mailText(message), QStringLiteral("Subject: Hi\n\nGrüße aus München\nTom & Jerry\n"));
}

TEST(MailText, PlainTextThatIsNotAMessageIsKeptAsItIs)
{
    EXPECT_EQ(mailText("Just some notes: call Ana.\n\nThanks"), QStringLiteral("Just some notes: call Ana.\n\nThanks"));
    EXPECT_EQ(mailText(""), QString());
    // Unterminated and nested-without-end multiparts do not loop or crash.
    EXPECT_NO_FATAL_FAILURE(mailText("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: multipart/"
                                     "mixed; boundary=b\n\n--b\n"));
}

} // namespace
} // namespace sb
