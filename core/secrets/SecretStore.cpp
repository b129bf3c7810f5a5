#include "secrets/SecretStore.h"

#include <QPromise>

#include <qt6keychain/keychain.h>

#include <memory>

namespace sb {
namespace {

QString unavailableMessage(const QString& store, const QString& detail)
{
    QString message = QStringLiteral("No keychain is reachable (%1). Sales Buddy keeps keys only in the system "
                                     "keychain, never in files. ")
                          .arg(store);
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    message += QStringLiteral("Log in to a desktop session, or start a Secret Service such as gnome-keyring-daemon "
                              "or KWallet in this session, then try again. ");
#else
    message += QStringLiteral("Check that the keychain is unlocked, then try again. ");
#endif
    message += QStringLiteral("Keys set in environment variables (OPENAI_API_KEY, MISTRAL_API_KEY) still work.");
    if (!detail.isEmpty())
        message += QStringLiteral(" (%1)").arg(detail);
    return message;
}

// QtKeychain's outcome in our terms. A missing D-Bus session or Secret Service shows up as NoBackendAvailable or, via
// libsecret, as OtherError naming D-Bus; both mean the same to a user.
SecretStoreError errorFrom(const QKeychain::Job& job, const QString& store, const QString& account)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {SecretStoreError::Kind::NotFound, QStringLiteral("no entry '%1' in the %2").arg(account, store)};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {SecretStoreError::Kind::Denied,
                QStringLiteral("the %1 refused access to '%2' (%3); unlock it or allow Sales Buddy, then try again")
                    .arg(store, account, detail)};
    case QKeychain::NoBackendAvailable:
        return {SecretStoreError::Kind::Unavailable, unavailableMessage(store, detail)};
    case QKeychain::NotImplemented:
        return {SecretStoreError::Kind::Unavailable, unavailableMessage(store, detail)};
    default:
        break;
    }
    static const QStringList unreachable{QStringLiteral("dbus"), QStringLiteral("d-bus"),
                                         QStringLiteral("org.freedesktop.secrets"), QStringLiteral("autolaunch"),
                                         QStringLiteral("secret service"), QStringLiteral("no such secret collection"),
                                         QStringLiteral("could not connect"), QStringLiteral("not connected"),
                                         QStringLiteral("service files")};
    for (const QString& sign : unreachable) {
        if (detail.contains(sign, Qt::CaseInsensitive))
            return {SecretStoreError::Kind::Unavailable, unavailableMessage(store, detail)};
    }
    return {SecretStoreError::Kind::Failed, QStringLiteral("the %1 failed on '%2': %3").arg(store, account, detail)};
}

template <typename Job>
Job* configured(Job* job, const QString& service, const QString& account)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
#if defined(Q_OS_WIN)
    // Credential Manager names an entry by its key alone: qualify it, so no other program's entry collides.
    job->setKey(service + QLatin1Char('/') + account);
#else
    Q_UNUSED(service)
    job->setKey(account);
#endif
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

QString KeychainSecretStore::name() const
{
#if defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#elif defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#else
    return QStringLiteral("Secret Service keychain");
#endif
}

QFuture<SecretStoreResult> KeychainSecretStore::write(const QString& account, const SecretValue& value)
{
    auto promise = std::make_shared<QPromise<SecretStoreResult>>();
    promise->start();
    auto* job = configured(new QKeychain::WritePasswordJob(m_service), m_service, account);
    job->setBinaryData(value.reveal().toByteArray());
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, account, store = name()](QKeychain::Job* done) {
        promise->addResult(done->error() == QKeychain::NoError ? SecretStoreResult()
                                                                : SecretStoreResult(errorFrom(*done, store, account)));
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<SecretReadResult> KeychainSecretStore::read(const QString& account)
{
    auto promise = std::make_shared<QPromise<SecretReadResult>>();
    promise->start();
    auto* job = configured(new QKeychain::ReadPasswordJob(m_service), m_service, account);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, account, store = name()](QKeychain::Job* done) {
        if (done->error() == QKeychain::NoError) {
            QByteArray bytes = static_cast<QKeychain::ReadPasswordJob*>(done)->binaryData();
            promise->addResult(SecretReadResult(SecretValue(bytes)));
            bytes.fill('\0');
        } else {
            promise->addResult(SecretReadResult(errorFrom(*done, store, account)));
        }
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<SecretStoreResult> KeychainSecretStore::remove(const QString& account)
{
    auto promise = std::make_shared<QPromise<SecretStoreResult>>();
    promise->start();
    auto* job = configured(new QKeychain::DeletePasswordJob(m_service), m_service, account);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, account, store = name()](QKeychain::Job* done) {
        // Deleting what is not there leaves the keychain as wanted.
        const bool ok = done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
        promise->addResult(ok ? SecretStoreResult() : SecretStoreResult(errorFrom(*done, store, account)));
        promise->finish();
    });
    job->start();
    return promise->future();
}

std::optional<SecretStoreError> MemorySecretStore::unavailable() const
{
    if (!m_unavailable)
        return std::nullopt;
    return SecretStoreError{SecretStoreError::Kind::Unavailable, unavailableMessage(name(), QString())};
}

QFuture<SecretStoreResult> MemorySecretStore::write(const QString& account, const SecretValue& value)
{
    QMutexLocker lock(&m_mutex);
    if (auto error = unavailable())
        return QtFuture::makeReadyFuture(SecretStoreResult(*error));
    m_values.insert(account, value);
    return QtFuture::makeReadyFuture(SecretStoreResult());
}

QFuture<SecretReadResult> MemorySecretStore::read(const QString& account)
{
    QMutexLocker lock(&m_mutex);
    if (auto error = unavailable())
        return QtFuture::makeReadyFuture(SecretReadResult(*error));
    const auto it = m_values.constFind(account);
    if (it == m_values.constEnd()) {
        return QtFuture::makeReadyFuture(SecretReadResult(
            SecretStoreError{SecretStoreError::Kind::NotFound, QStringLiteral("no entry '%1' in memory").arg(account)}));
    }
    return QtFuture::makeReadyFuture(SecretReadResult(it.value()));
}

QFuture<SecretStoreResult> MemorySecretStore::remove(const QString& account)
{
    QMutexLocker lock(&m_mutex);
    if (auto error = unavailable())
        return QtFuture::makeReadyFuture(SecretStoreResult(*error));
    m_values.remove(account);
    return QtFuture::makeReadyFuture(SecretStoreResult());
}

bool MemorySecretStore::contains(const QString& account) const
{
    QMutexLocker lock(&m_mutex);
    return m_values.contains(account);
}

} // namespace sb
