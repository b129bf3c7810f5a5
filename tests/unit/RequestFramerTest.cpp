#include "service/RequestFramer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

namespace sb {
namespace {

RequestFramer::Limits smallLimits()
{
    RequestFramer::Limits limits;
    limits.maxHeaderBytes = 256;
    limits.maxBodyBytes = 100;
    return limits;
}

struct FramingCase
{
    const char* name;
    QByteArray input;
    int expectedStatus; // 0: accepted
    int expectedCompleted;
};

class RequestFramerCases : public ::testing::TestWithParam<FramingCase>
{
};

TEST_P(RequestFramerCases, FramesOrRejects)
{
    const FramingCase& c = GetParam();
    RequestFramer framer(smallLimits());
    const auto progress = framer.feed(c.input);
    EXPECT_EQ(progress.error ? progress.error->status : 0, c.expectedStatus) << c.name;
    if (progress.error) {
        EXPECT_FALSE(progress.error->message.isEmpty());
    }
    EXPECT_EQ(progress.completed.size(), c.expectedCompleted) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Http11, RequestFramerCases,
    ::testing::Values(
        FramingCase{"simple get", "GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n", 0, 1},
        FramingCase{"bare LF line endings", "GET / HTTP/1.1\nHost: x\n\n", 0, 1},
        FramingCase{"leading empty lines", "\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n", 0, 1},
        FramingCase{"no headers", "GET / HTTP/1.0\r\n\r\n", 0, 1},
        FramingCase{"post with body", "POST /x HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello", 0, 1},
        FramingCase{"two pipelined", "GET /a HTTP/1.1\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: 2\r\n\r\nok", 0, 2},
        FramingCase{"body incomplete", "POST /x HTTP/1.1\r\nContent-Length: 10\r\n\r\nhello", 0, 0},
        FramingCase{"body at the limit", "POST /x HTTP/1.1\r\nContent-Length: 100\r\n\r\n" + QByteArray(100, 'a'), 0,
                    1},
        FramingCase{"body over the limit", "POST /x HTTP/1.1\r\nContent-Length: 101\r\n\r\n", 413, 0},
        FramingCase{"huge content length", "POST /x HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n", 400, 0},
        FramingCase{"negative content length", "POST /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 400, 0},
        FramingCase{"conflicting content lengths", "POST /x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
                    400, 0},
        FramingCase{"equal content lengths", "POST /x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\na", 0,
                    1},
        FramingCase{"chunked", "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 411, 0},
        FramingCase{"chunked and length", "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n",
                    400, 0},
        FramingCase{"header section too large", "GET / HTTP/1.1\r\nX: " + QByteArray(300, 'a') + "\r\n\r\n", 431, 0},
        FramingCase{"request line without version", "GET /\r\n\r\n", 400, 0},
        FramingCase{"garbage", "\x01\x02\x03 \x04\r\n\r\n", 400, 0},
        FramingCase{"unknown method", "BREW /pot HTTP/1.1\r\n\r\n", 501, 0},
        FramingCase{"http 2", "GET / HTTP/2.0\r\n\r\n", 505, 0},
        FramingCase{"absolute target", "GET http://evil/ HTTP/1.1\r\n\r\n", 400, 0},
        FramingCase{"folded header", "GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n", 400, 0},
        FramingCase{"header without colon", "GET / HTTP/1.1\r\nNoColon\r\n\r\n", 400, 0},
        FramingCase{"space before colon", "GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400, 0},
        FramingCase{"websocket upgrade", "GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n", 501, 0},
        FramingCase{"unsupported expectation", "POST / HTTP/1.1\r\nExpect: magic\r\nContent-Length: 1\r\n\r\n", 417,
                    0}),
    [](const ::testing::TestParamInfo<FramingCase>& param) {
        std::string name = param.param.name;
        std::replace_if(
            name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
        return name;
    });

TEST(RequestFramer, FramesTheSameWhateverTheChunking)
{
    const QByteArray stream = "GET /a HTTP/1.1\r\nHost: x\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: 11\r\n\r\n"
                              "hello world\n\r\nGET /c HTTP/1.1\n\n";
    for (qsizetype chunk = 1; chunk <= stream.size(); ++chunk) {
        RequestFramer framer(smallLimits());
        int completed = 0;
        for (qsizetype i = 0; i < stream.size(); i += chunk) {
            const auto progress = framer.feed(stream.constData() + i, std::min(chunk, stream.size() - i));
            ASSERT_FALSE(progress.error) << "chunk size " << chunk;
            completed += static_cast<int>(progress.completed.size());
        }
        EXPECT_EQ(completed, 3) << "chunk size " << chunk;
        EXPECT_TRUE(framer.betweenRequests());
    }
}

TEST(RequestFramer, ReportsWhoAskedToClose)
{
    RequestFramer framer(smallLimits());
    const auto progress = framer.feed(QByteArray("GET /a HTTP/1.1\r\n\r\n"
                                                 "GET /b HTTP/1.1\r\nConnection: close\r\n\r\n"
                                                 "GET /c HTTP/1.0\r\n\r\n"
                                                 "GET /d HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"));
    ASSERT_EQ(progress.completed.size(), 4);
    EXPECT_FALSE(progress.completed[0]);
    EXPECT_TRUE(progress.completed[1]);
    EXPECT_TRUE(progress.completed[2]);
    EXPECT_FALSE(progress.completed[3]);
}

TEST(RequestFramer, OwesOneContinuePerExpectingRequest)
{
    RequestFramer framer(smallLimits());
    auto progress = framer.feed(QByteArray("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n"));
    EXPECT_EQ(progress.continues, 1);
    EXPECT_TRUE(progress.completed.isEmpty());
    progress = framer.feed(QByteArray("abc"));
    EXPECT_EQ(progress.continues, 0);
    EXPECT_EQ(progress.completed.size(), 1);
}

TEST(RequestFramer, RejectsAnOverlongHeaderWithoutItsEnd)
{
    RequestFramer framer(smallLimits());
    const auto first = framer.feed(QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(100, 'a'));
    EXPECT_FALSE(first.error);
    const auto second = framer.feed(QByteArray(200, 'a'));
    ASSERT_TRUE(second.error);
    EXPECT_EQ(second.error->status, 431);
}

TEST(RequestFramer, RejectsMoreHeaderFieldsThanQtParses)
{
    RequestFramer::Limits limits;
    QByteArray request = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 101; ++i)
        request += "X-" + QByteArray::number(i) + ": v\r\n";
    request += "\r\n";
    RequestFramer framer(limits);
    const auto progress = framer.feed(request);
    ASSERT_TRUE(progress.error);
    EXPECT_EQ(progress.error->status, 431);
}

} // namespace
} // namespace sb
