#include "service/Router.h"

#include "service/HostCheck.h"

#include <gtest/gtest.h>

#include <cctype>

namespace sb {
namespace {

using Method = ApiRequest::Method;

ApiRequest makeRequest(Method method, const QString& target, HeaderList headers = {{"Host", "127.0.0.1:3000"}})
{
    return ApiRequest(method, target, std::move(headers), {}, QHostAddress(QHostAddress::LocalHost));
}

Router twoRoutes()
{
    Router router;
    router.add({Method::Get, QStringLiteral("/api/x"), RouteTier::General, false,
                [](const ApiRequest&) { return HttpResponse::success(QStringLiteral("get")); }});
    router.add({Method::Post, QStringLiteral("/api/x"), RouteTier::General, false,
                [](const ApiRequest&) { return HttpResponse::success(QStringLiteral("post")); }});
    return router;
}

TEST(Router, MatchesPathAndMethod)
{
    const Router router = twoRoutes();
    const auto match = router.match(makeRequest(Method::Post, QStringLiteral("/api/x?a=1")));
    ASSERT_TRUE(std::holds_alternative<const Router::Route*>(match));
    EXPECT_EQ(std::get<const Router::Route*>(match)->method, Method::Post);
}

TEST(Router, IgnoresOneTrailingSlashAsExpressDid)
{
    const Router router = twoRoutes();
    EXPECT_TRUE(std::holds_alternative<const Router::Route*>(
        router.match(makeRequest(Method::Get, QStringLiteral("/api/x/")))));
}

TEST(Router, UnknownPathIsNotFound)
{
    const auto match = twoRoutes().match(makeRequest(Method::Get, QStringLiteral("/api/y")));
    ASSERT_TRUE(std::holds_alternative<HttpError>(match));
    EXPECT_EQ(std::get<HttpError>(match).status, 404);
}

TEST(Router, WrongMethodIsNotAllowedAndSaysWhatIs)
{
    const auto match = twoRoutes().match(makeRequest(Method::Delete, QStringLiteral("/api/x")));
    ASSERT_TRUE(std::holds_alternative<HttpError>(match));
    const HttpError& error = std::get<HttpError>(match);
    EXPECT_EQ(error.status, 405);
    ASSERT_EQ(error.headers.size(), 1);
    EXPECT_EQ(error.headers.first().first, "Allow");
    EXPECT_EQ(error.headers.first().second, "GET, HEAD, POST"); // RFC 9110 §9.3.2: HEAD wherever GET
}

TEST(Router, EncodedSlashesAreNotPathSeparators)
{
    // RFC 3986 §6.2.2.2: an encoded unreserved character equals the character; an encoded "/" is data, not a
    // separator.
    const Router router = twoRoutes();
    EXPECT_TRUE(std::holds_alternative<const Router::Route*>(
        router.match(makeRequest(Method::Get, QStringLiteral("/api/%78")))));
    const auto match = router.match(makeRequest(Method::Get, QStringLiteral("/api%2Fx")));
    ASSERT_TRUE(std::holds_alternative<HttpError>(match));
    EXPECT_EQ(std::get<HttpError>(match).status, 404);
}

struct HostCase
{
    QByteArray host;
    bool accepted;
};

class HostCheckCases : public ::testing::TestWithParam<HostCase>
{
};

TEST_P(HostCheckCases, LoopbackServiceAcceptsOnlyItsOwnNames)
{
    const HostCheck check(QHostAddress(QHostAddress::LocalHost), 3000);
    const auto error = check.check(makeRequest(Method::Get, QStringLiteral("/"), {{"Host", GetParam().host}}));
    EXPECT_EQ(!error.has_value(), GetParam().accepted) << GetParam().host.constData();
    if (error) {
        EXPECT_EQ(error->status, 421);
    }
}

INSTANTIATE_TEST_SUITE_P(Names, HostCheckCases,
                         ::testing::Values(HostCase{"127.0.0.1:3000", true}, HostCase{"localhost:3000", true},
                                           HostCase{"LocalHost:3000", true}, HostCase{"[::1]:3000", true},
                                           HostCase{"127.0.0.1:3001", false}, HostCase{"127.0.0.1", false},
                                           HostCase{"evil.example:3000", false},
                                           HostCase{"localhost.evil.example:3000", false},
                                           HostCase{"127.0.0.1:3000@evil", false}),
                         [](const ::testing::TestParamInfo<HostCase>& param) {
                             std::string name = param.param.host.toStdString();
                             for (char& c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             }
                             return name + (param.param.accepted ? "_accepted" : "_refused");
                         });

TEST(HostCheck, MissingOrRepeatedHostIsBadRequest)
{
    const HostCheck check(QHostAddress(QHostAddress::LocalHost), 3000);
    const auto missing = check.check(makeRequest(Method::Get, QStringLiteral("/"), {}));
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->status, 400);
    const auto twice = check.check(
        makeRequest(Method::Get, QStringLiteral("/"), {{"Host", "127.0.0.1:3000"}, {"Host", "127.0.0.1:3000"}}));
    ASSERT_TRUE(twice);
    EXPECT_EQ(twice->status, 400);
}

TEST(HostCheck, DefaultPortMayBeLeftOut)
{
    const HostCheck check(QHostAddress(QHostAddress::LocalHost), 80);
    EXPECT_FALSE(check.check(makeRequest(Method::Get, QStringLiteral("/"), {{"Host", "localhost"}})));
}

} // namespace
} // namespace sb
