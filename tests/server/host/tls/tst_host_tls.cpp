// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tlscertificates.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace mws::host;

namespace {

template <auto freeFunction> struct Deleter
{
    template <typename T> void operator()(T *object) const { freeFunction(object); }
};
void freeExtensions(STACK_OF(X509_EXTENSION) * extensions)
{
    sk_X509_EXTENSION_pop_free(extensions, X509_EXTENSION_free);
}
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using RequestPtr = std::unique_ptr<X509_REQ, Deleter<X509_REQ_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES_free>>;
using ExtensionsPtr = std::unique_ptr<STACK_OF(X509_EXTENSION), Deleter<freeExtensions>>;

BioPtr bioOf(const QByteArray &pem)
{
    return BioPtr(BIO_new_mem_buf(pem.constData(), int(pem.size())));
}

QStringList dnsNames(const GENERAL_NAMES *names)
{
    QStringList result;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
        if (name->type == GEN_DNS) {
            result.append(
                QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(name->d.dNSName)),
                                    ASN1_STRING_length(name->d.dNSName)));
        }
    }
    return result;
}

QString commonName(const X509_NAME *name)
{
    char text[256] = {};
    const int length = X509_NAME_get_text_by_NID(name, NID_commonName, text, sizeof text);
    return length < 0 ? QString() : QString::fromUtf8(text, length);
}

// Everything a failed check said about one field, or a marker when it said nothing.
QString messagesFor(const mws::Result<CertificateInfo> &result, const QString &field)
{
    if (result.ok())
        return QStringLiteral("<accepted>");
    QStringList messages;
    for (const mws::FieldError &error : result.error().fields) {
        if (error.field == field)
            messages.append(error.message);
    }
    return messages.isEmpty() ? QStringLiteral("<nothing on %1>").arg(field) : messages.join(u' ');
}

QStringList fieldsOf(const mws::Result<CertificateInfo> &result)
{
    QStringList fields;
    if (!result.ok()) {
        for (const mws::FieldError &error : result.error().fields)
            fields.append(error.field);
    }
    fields.removeDuplicates();
    fields.sort();
    return fields;
}

QString outcome(const mws::Result<CertificateInfo> &result)
{
    return result.ok() ? QStringLiteral("<accepted>") : result.error().fullText();
}

} // namespace

// The key, request and certificate checks of a vhost's TLS, against a private CA (root →
// intermediate → leaf) made with the openssl command, so that what is checked does not come from
// the code under test.
class TestHostTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_issued = 0;
    QByteArray m_intermediatePem;
    QByteArray m_rootPem;
    KeyAndRequest m_vhost;         // key and request for example.org and www.example.org
    QByteArray m_leafPem;          // m_vhost's request signed by the intermediate
    KeyAndRequest m_wildcardVhost; // for *.example.org, made by the first wildcard test
    QByteArray m_wildcardPem;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Runs openssl; empty when it worked, else what it said.
    QString openssl(const QStringList &arguments) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
            return QStringLiteral("openssl %1 did not finish: %2")
                .arg(arguments.join(u' '), process.errorString());
        if (process.exitCode() != 0) {
            return QStringLiteral("openssl %1 failed: %2")
                .arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAll()));
        }
        return {};
    }

    bool write(const QString &name, const QByteArray &contents) const
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
    }

    QByteArray read(const QString &name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The request signed by the intermediate with the given leaf extensions and openssl options
    // (validity), or empty with a test failure.
    QByteArray issue(const QByteArray &requestPem, const QByteArray &extensions, const QStringList &validity)
    {
        const QString stem = QStringLiteral("leaf%1").arg(++m_issued);
        if (!write(stem + QStringLiteral(".csr"), requestPem) ||
            !write(stem + QStringLiteral(".ext"), extensions))
            return {};
        const QString failure = openssl(
            QStringList{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        stem + QStringLiteral(".csr"), QStringLiteral("-CA"),
                        QStringLiteral("intermediate.pem"), QStringLiteral("-CAkey"),
                        QStringLiteral("intermediate.key"), QStringLiteral("-copy_extensions"),
                        QStringLiteral("copy"), QStringLiteral("-extfile"), stem + QStringLiteral(".ext"),
                        QStringLiteral("-out"), stem + QStringLiteral(".pem")}
            << validity);
        if (!failure.isEmpty()) {
            qWarning().noquote() << failure;
            return {};
        }
        return read(stem + QStringLiteral(".pem"));
    }

    QByteArray issueServerCertificate(const QByteArray &requestPem,
                                      const QStringList &validity = {QStringLiteral("-days"),
                                                                     QStringLiteral("30")})
    {
        return issue(requestPem,
                     "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                     "extendedKeyUsage=serverAuth\n",
                     validity);
    }

    CertificateCheck goodCheck() const
    {
        CertificateCheck check;
        check.certificatePem = m_leafPem;
        check.chainPem = m_intermediatePem;
        check.privateKeyPem = m_vhost.privateKeyPem;
        check.names = {QStringLiteral("example.org"), QStringLiteral("www.example.org")};
        check.now = QDateTime::currentDateTimeUtc();
        check.trustedCaFiles = {path(QStringLiteral("root.pem"))};
        return check;
    }

    KeyAndRequest keyAndRequest(const QStringList &names)
    {
        mws::Result<KeyAndRequest> made = makeKeyAndRequest(names);
        if (!made) {
            qWarning().noquote() << made.error().fullText();
            return {};
        }
        return *made;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString ecKey = QStringLiteral("ec_paramgen_curve:P-256");
        QString failure =
            openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"), ecKey, QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), QStringLiteral("root.key"), QStringLiteral("-out"),
                     QStringLiteral("root.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=MWS Test Root"),
                     QStringLiteral("-days"), QStringLiteral("60"), QStringLiteral("-addext"),
                     QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                     QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        failure = openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                           QStringLiteral("ec"), QStringLiteral("-pkeyopt"), ecKey, QStringLiteral("-nodes"),
                           QStringLiteral("-keyout"), QStringLiteral("intermediate.key"),
                           QStringLiteral("-out"), QStringLiteral("intermediate.csr"),
                           QStringLiteral("-subj"), QStringLiteral("/CN=MWS Test Intermediate")});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(
            write(QStringLiteral("intermediate.ext"),
                  "basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n"));
        failure =
            openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("intermediate.csr"), QStringLiteral("-CA"), QStringLiteral("root.pem"),
                     QStringLiteral("-CAkey"), QStringLiteral("root.key"), QStringLiteral("-days"),
                     QStringLiteral("60"), QStringLiteral("-extfile"), QStringLiteral("intermediate.ext"),
                     QStringLiteral("-out"), QStringLiteral("intermediate.pem")});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_rootPem = read(QStringLiteral("root.pem"));
        m_intermediatePem = read(QStringLiteral("intermediate.pem"));
        QVERIFY(m_rootPem.startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(m_intermediatePem.startsWith("-----BEGIN CERTIFICATE-----"));

        m_vhost = keyAndRequest({QStringLiteral("example.org"), QStringLiteral("www.example.org")});
        QVERIFY(!m_vhost.requestPem.isEmpty());
        m_leafPem = issueServerCertificate(m_vhost.requestPem);
        QVERIFY(!m_leafPem.isEmpty());
    }

    void keyAndRequestAreWhatTheySay()
    {
        const KeyAndRequest made =
            keyAndRequest({QStringLiteral("Shop.Example.org"), QStringLiteral("example.org"),
                           QStringLiteral("*.cdn.example.org")});
        QVERIFY(made.privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(made.requestPem.startsWith("-----BEGIN CERTIFICATE REQUEST-----"));

        BioPtr keyBio = bioOf(made.privateKeyPem);
        KeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
        QVERIFY(key);
        QVERIFY(EVP_PKEY_is_a(key.get(), "EC"));
        char group[64] = {};
        QVERIFY(EVP_PKEY_get_group_name(key.get(), group, sizeof group, nullptr) == 1);
        QCOMPARE(QByteArray(group), QByteArray("prime256v1"));

        BioPtr requestBio = bioOf(made.requestPem);
        RequestPtr request(PEM_read_bio_X509_REQ(requestBio.get(), nullptr, nullptr, nullptr));
        QVERIFY(request);
        EVP_PKEY *requestKey = X509_REQ_get0_pubkey(request.get());
        QCOMPARE(X509_REQ_verify(request.get(), requestKey), 1);
        QCOMPARE(EVP_PKEY_eq(requestKey, key.get()), 1);
        QCOMPARE(commonName(X509_REQ_get_subject_name(request.get())), QStringLiteral("shop.example.org"));

        ExtensionsPtr extensions(X509_REQ_get_extensions(request.get()));
        QVERIFY(extensions);
        const int index = X509v3_get_ext_by_NID(extensions.get(), NID_subject_alt_name, -1);
        QVERIFY(index >= 0);
        GeneralNamesPtr names(
            static_cast<GENERAL_NAMES *>(X509V3_EXT_d2i(X509v3_get_ext(extensions.get(), index))));
        QVERIFY(names);
        QCOMPARE(dnsNames(names.get()),
                 (QStringList{QStringLiteral("shop.example.org"), QStringLiteral("example.org"),
                              QStringLiteral("*.cdn.example.org")}));

        // A request whose signature is damaged must not verify: the check above can fail.
        QByteArray der;
        unsigned char *derBytes = nullptr;
        const int derLength = i2d_X509_REQ(request.get(), &derBytes);
        QVERIFY(derLength > 0);
        der = QByteArray(reinterpret_cast<const char *>(derBytes), derLength);
        OPENSSL_free(derBytes);
        der[der.size() - 1] = char(der.at(der.size() - 1) ^ 0x01);
        const unsigned char *damaged = reinterpret_cast<const unsigned char *>(der.constData());
        RequestPtr tampered(d2i_X509_REQ(nullptr, &damaged, der.size()));
        QVERIFY(tampered);
        QVERIFY(X509_REQ_verify(tampered.get(), X509_REQ_get0_pubkey(tampered.get())) != 1);
        ERR_clear_error();
    }

    void keyAndRequestRefuseBadNames_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::newRow("none") << QStringList();
        QTest::newRow("space") << QStringList{QStringLiteral("exa mple.org")};
        QTest::newRow("single label") << QStringList{QStringLiteral("localhost")};
        QTest::newRow("inner wildcard") << QStringList{QStringLiteral("www.*.example.org")};
        QTest::newRow("bare wildcard") << QStringList{QStringLiteral("*.org")};
        QTest::newRow("not ascii") << QStringList{QStringLiteral("b\u00fccher.example")};
        QTest::newRow("comma") << QStringList{QStringLiteral("example.org,DNS:evil.org")};
    }

    void keyAndRequestRefuseBadNames()
    {
        QFETCH(QStringList, names);
        const mws::Result<KeyAndRequest> made = makeKeyAndRequest(names);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().kind, mws::Error::Kind::Invalid);
        QCOMPARE(made.error().fields.size(), 1);
        QCOMPARE(made.error().fields.constFirst().field, QStringLiteral("names"));
    }

    void selfSignedRoundTrip()
    {
        const KeyAndRequest vhost = keyAndRequest({QStringLiteral("demo.example.test")});
        const QStringList names{QStringLiteral("demo.example.test"), QStringLiteral("www.demo.example.test")};
        const mws::Result<QByteArray> made = makeSelfSigned(vhost.privateKeyPem, names, 30);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().fullText()));
        QVERIFY(!made->contains("PRIVATE KEY"));

        // What OpenSSL reads in it.
        BioPtr bio = bioOf(*made);
        X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        QVERIFY(certificate);
        QVERIFY(!(X509_get_extension_flags(certificate.get()) & EXFLAG_CA));
        QVERIFY(X509_get_extended_key_usage(certificate.get()) & XKU_SSL_SERVER);
        QCOMPARE(X509_self_signed(certificate.get(), 1), 1);

        const mws::Result<CertificateInfo> info = inspectCertificate(*made);
        QVERIFY2(info.ok(), qPrintable(outcome(info)));
        QCOMPARE(info->names, names);
        QCOMPARE(info->subject, QStringLiteral("CN=demo.example.test"));
        QCOMPARE(info->issuer, info->subject);
        QVERIFY(info->selfSigned);
        QCOMPARE(info->notBefore.secsTo(info->notAfter), 30 * 24 * 3600);
        QVERIFY(qAbs(info->notBefore.secsTo(QDateTime::currentDateTimeUtc())) < 120);

        // The fingerprint as the openssl command computes it.
        QVERIFY(write(QStringLiteral("selfsigned.pem"), *made));
        QProcess fingerprint;
        fingerprint.start(QStringLiteral("openssl"),
                          {QStringLiteral("x509"), QStringLiteral("-in"),
                           path(QStringLiteral("selfsigned.pem")), QStringLiteral("-noout"),
                           QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
        QVERIFY(fingerprint.waitForFinished(30000));
        const QString printed = QString::fromLatin1(fingerprint.readAllStandardOutput()).trimmed();
        QVERIFY2(printed.endsWith(QLatin1Char('=') + info->sha256Fingerprint), qPrintable(printed));
        QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"))
                    .match(info->sha256Fingerprint)
                    .hasMatch());

        const QJsonObject json = info->toJson();
        QCOMPARE(json.value(QStringLiteral("sha256Fingerprint")).toString(), info->sha256Fingerprint);
        QCOMPARE(json.value(QStringLiteral("selfSigned")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("names")).toArray().size(), 2);
        QCOMPARE(QDateTime::fromString(json.value(QStringLiteral("notAfter")).toString(), Qt::ISODateWithMs),
                 info->notAfter);

        CertificateCheck check;
        check.certificatePem = *made;
        check.privateKeyPem = vhost.privateKeyPem;
        check.names = names;
        check.allowSelfSigned = true;
        const mws::Result<CertificateInfo> allowed = checkCertificate(check);
        QVERIFY2(allowed.ok(), qPrintable(outcome(allowed)));
        QVERIFY(allowed->selfSigned);

        check.allowSelfSigned = false;
        const mws::Result<CertificateInfo> refused = checkCertificate(check);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, mws::Error::Kind::Invalid);
        QCOMPARE(fieldsOf(refused), QStringList{QStringLiteral("certificate")});
        QVERIFY2(messagesFor(refused, QStringLiteral("certificate")).contains(u"self-signed"),
                 qPrintable(outcome(refused)));
    }

    void selfSignedRefusesBadInput()
    {
        const mws::Result<QByteArray> noKey =
            makeSelfSigned("not a key", {QStringLiteral("demo.example.test")}, 30);
        QVERIFY(!noKey.ok());
        QCOMPARE(noKey.error().fields.constFirst().field, QStringLiteral("key"));

        const mws::Result<QByteArray> noDays =
            makeSelfSigned(m_vhost.privateKeyPem, {QStringLiteral("demo.example.test")}, 0);
        QVERIFY(!noDays.ok());
        QCOMPARE(noDays.error().kind, mws::Error::Kind::Invalid);
    }

    void goodChainPasses()
    {
        const mws::Result<CertificateInfo> checked = checkCertificate(goodCheck());
        QVERIFY2(checked.ok(), qPrintable(outcome(checked)));
        QCOMPARE(checked->names,
                 (QStringList{QStringLiteral("example.org"), QStringLiteral("www.example.org")}));
        QCOMPARE(checked->issuer, QStringLiteral("CN=MWS Test Intermediate"));
        QVERIFY(!checked->selfSigned);
    }

    void missingIntermediateFailsOnChain()
    {
        CertificateCheck check = goodCheck();
        check.chainPem.clear();
        const mws::Result<CertificateInfo> checked = checkCertificate(check);
        QCOMPARE(fieldsOf(checked), QStringList{QStringLiteral("chain")});
        const QString message = messagesFor(checked, QStringLiteral("chain"));
        QVERIFY2(
            message.contains(u"does not lead to a trusted authority: unable to get local issuer certificate"),
            qPrintable(message));
    }

    void untrustedRootFailsOnChain()
    {
        CertificateCheck check = goodCheck();
        check.trustedCaFiles.clear();
        const mws::Result<CertificateInfo> checked = checkCertificate(check);
        QCOMPARE(fieldsOf(checked), QStringList{QStringLiteral("chain")});
        QVERIFY2(
            messagesFor(checked, QStringLiteral("chain")).contains(u"does not lead to a trusted authority"),
            qPrintable(outcome(checked)));
    }

    void unreadableTrustedCaFileIsBackendError()
    {
        CertificateCheck check = goodCheck();
        check.trustedCaFiles = {path(QStringLiteral("no-such-ca.pem"))};
        const mws::Result<CertificateInfo> checked = checkCertificate(check);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().kind, mws::Error::Kind::Backend);
        QVERIFY(checked.error().message.contains(u"no-such-ca.pem"));
    }

    void wrongKeyFails()
    {
        CertificateCheck check = goodCheck();
        check.privateKeyPem = keyAndRequest({QStringLiteral("example.org")}).privateKeyPem;
        QVERIFY(!check.privateKeyPem.isEmpty());
        const mws::Result<CertificateInfo> checked = checkCertificate(check);
        QCOMPARE(fieldsOf(checked), QStringList{QStringLiteral("certificate")});
        QCOMPARE(messagesFor(checked, QStringLiteral("certificate")),
                 QStringLiteral("The certificate does not match this vhost's private key."));
        QVERIFY(!checked.error().fullText().contains(u"PRIVATE KEY"));
    }

    void unusableKeysFailOnKey()
    {
        CertificateCheck check = goodCheck();
        check.privateKeyPem = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n";
        mws::Result<CertificateInfo> checked = checkCertificate(check);
        QCOMPARE(fieldsOf(checked), QStringList{QStringLiteral("key")});
        QVERIFY2(messagesFor(checked, QStringLiteral("key")).contains(u"could not be read"),
                 qPrintable(outcome(checked)));

        QVERIFY(write(QStringLiteral("vhost.key"), m_vhost.privateKeyPem));
        const QString failure =
            openssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("vhost.key"),
                     QStringLiteral("-aes256"), QStringLiteral("-passout"), QStringLiteral("pass:secret"),
                     QStringLiteral("-out"), QStringLiteral("vhost-encrypted.key")});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        check.privateKeyPem = read(QStringLiteral("vhost-encrypted.key"));
        checked = checkCertificate(check);
        QCOMPARE(fieldsOf(checked), QStringList{QStringLiteral("key")});
        QVERIFY2(messagesFor(checked, QStringLiteral("key")).contains(u"passphrase"),
                 qPrintable(outcome(checked)));
    }

    void expiredFails()
    {
        CertificateCheck check = goodCheck();
        check.now = QDateTime::currentDateTimeUtc().addDays(31);
        const QDate expiry = inspectCertificate(m_leafPem)->notAfter.date();
        const mws::Result<CertificateInfo> checked = checkCertificate(check);
        QCOMPARE(fieldsOf(checked), QStringList{QStringLiteral("certificate")});
        QCOMPARE(messagesFor(checked, QStringLiteral("certificate")),
                 QStringLiteral("The certificate expired on %1.").arg(expiry.toString(Qt::ISODate)));
    }

    void notYetValidFails()
    {
        const QByteArray future = issueServerCertificate(
            m_vhost.requestPem, {QStringLiteral("-not_before"), QStringLiteral("20300102030405Z"),
                                 QStringLiteral("-not_after"), QStringLiteral("20300301000000Z")});
        QVERIFY(!future.isEmpty());
        CertificateCheck check = goodCheck();
        check.certificatePem = future;
        const mws::Result<CertificateInfo> checked = checkCertificate(check);
        QCOMPARE(fieldsOf(checked), QStringList{QStringLiteral("certificate")});
        QCOMPARE(messagesFor(checked, QStringLiteral("certificate")),
                 QStringLiteral("The certificate is not valid before 2030-01-02 03:04 UTC."));
    }

    void nameNotCoveredFails()
    {
        CertificateCheck check = goodCheck();
        check.names = {QStringLiteral("example.org"), QStringLiteral("shop.example.org"),
                       QStringLiteral("WWW.example.org"), QStringLiteral("example.net")};
        const mws::Result<CertificateInfo> checked = checkCertificate(check);
        QCOMPARE(fieldsOf(checked), QStringList{QStringLiteral("certificate")});
        QCOMPARE(messagesFor(checked, QStringLiteral("certificate")),
                 QStringLiteral("The certificate does not cover: shop.example.org, example.net."));
    }

    void wildcardCoversOneLevel_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("covered");
        QTest::newRow("one level") << QStringLiteral("a.example.org") << true;
        QTest::newRow("the wildcard itself") << QStringLiteral("*.example.org") << true;
        QTest::newRow("two levels") << QStringLiteral("a.b.example.org") << false;
        QTest::newRow("the bare domain") << QStringLiteral("example.org") << false;
        QTest::newRow("a deeper wildcard") << QStringLiteral("*.b.example.org") << false;
    }

    void wildcardCoversOneLevel()
    {
        QFETCH(QString, name);
        QFETCH(bool, covered);
        if (m_wildcardPem.isEmpty()) {
            m_wildcardVhost = keyAndRequest({QStringLiteral("*.example.org")});
            m_wildcardPem = issueServerCertificate(m_wildcardVhost.requestPem);
        }
        QVERIFY(!m_wildcardPem.isEmpty());
        CertificateCheck check = goodCheck();
        check.certificatePem = m_wildcardPem;
        check.privateKeyPem = m_wildcardVhost.privateKeyPem;
        check.names = {name};
        const mws::Result<CertificateInfo> checked = checkCertificate(check);
        if (covered) {
            QVERIFY2(checked.ok(), qPrintable(outcome(checked)));
        } else {
            QCOMPARE(messagesFor(checked, QStringLiteral("certificate")),
                     QStringLiteral("The certificate does not cover: %1.").arg(name));
        }
    }

    void clientCertificateFails()
    {
        const QByteArray clientOnly =
            issue(m_vhost.requestPem, "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n",
                  {QStringLiteral("-days"), QStringLiteral("30")});
        QVERIFY(!clientOnly.isEmpty());
        CertificateCheck check = goodCheck();
        check.certificatePem = clientOnly;
        const mws::Result<CertificateInfo> checked = checkCertificate(check);
        QCOMPARE(fieldsOf(checked), QStringList{QStringLiteral("certificate")});
        QVERIFY2(messagesFor(checked, QStringLiteral("certificate")).contains(u"serverAuth"),
                 qPrintable(outcome(checked)));
    }

    void garbageFails()
    {
        CertificateCheck check = goodCheck();
        check.certificatePem = "hello, this is my certificate";
        mws::Result<CertificateInfo> checked = checkCertificate(check);
        QCOMPARE(fieldsOf(checked), QStringList{QStringLiteral("certificate")});
        QVERIFY2(messagesFor(checked, QStringLiteral("certificate")).contains(u"not in PEM form"),
                 qPrintable(outcome(checked)));

        // A PEM block whose contents are not a certificate.
        check.certificatePem =
            "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n";
        checked = checkCertificate(check);
        QCOMPARE(fieldsOf(checked), QStringList{QStringLiteral("certificate")});
        QVERIFY2(messagesFor(checked, QStringLiteral("certificate")).contains(u"damaged"),
                 qPrintable(outcome(checked)));

        check = goodCheck();
        check.chainPem = "not a chain";
        checked = checkCertificate(check);
        QCOMPARE(fieldsOf(checked), QStringList{QStringLiteral("chain")});
        QVERIFY2(messagesFor(checked, QStringLiteral("chain")).contains(u"holds no certificates"),
                 qPrintable(outcome(checked)));

        // A key pasted where certificates go is refused, never carried along.
        check = goodCheck();
        check.chainPem = m_intermediatePem + m_vhost.privateKeyPem;
        checked = checkCertificate(check);
        QCOMPARE(fieldsOf(checked), QStringList{QStringLiteral("chain")});
        QVERIFY2(messagesFor(checked, QStringLiteral("chain")).contains(u"private key"),
                 qPrintable(outcome(checked)));
        QVERIFY(!checked.error().fullText().contains(QString::fromLatin1(m_vhost.privateKeyPem.mid(40, 20))));

        const mws::Result<CertificateInfo> inspected = inspectCertificate("garbage");
        QVERIFY(!inspected.ok());
        QCOMPARE(fieldsOf(inspected), QStringList{QStringLiteral("certificate")});
    }

    void twoCertificatesFail()
    {
        CertificateCheck check = goodCheck();
        check.certificatePem = m_leafPem + m_intermediatePem;
        const mws::Result<CertificateInfo> checked = checkCertificate(check);
        QCOMPARE(fieldsOf(checked), QStringList{QStringLiteral("certificate")});
        QVERIFY2(messagesFor(checked, QStringLiteral("certificate")).contains(u"holds 2 certificates"),
                 qPrintable(outcome(checked)));
    }

    void emptyInputFails()
    {
        const mws::Result<CertificateInfo> checked = checkCertificate(CertificateCheck{});
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().kind, mws::Error::Kind::Invalid);
        QCOMPARE(fieldsOf(checked), (QStringList{QStringLiteral("certificate"), QStringLiteral("key")}));
        QVERIFY(messagesFor(checked, QStringLiteral("certificate")).contains(u"certificate is missing"));
        QVERIFY(messagesFor(checked, QStringLiteral("key")).contains(u"private key is missing"));
        QVERIFY(checked.error().message.contains(u"certificate is missing"));
    }

    void everyProblemIsReported()
    {
        CertificateCheck check = goodCheck();
        check.chainPem.clear();
        check.names.append(QStringLiteral("shop.example.org"));
        check.privateKeyPem = keyAndRequest({QStringLiteral("example.org")}).privateKeyPem;
        const mws::Result<CertificateInfo> checked = checkCertificate(check);
        QCOMPARE(fieldsOf(checked), (QStringList{QStringLiteral("certificate"), QStringLiteral("chain")}));
        const QString certificate = messagesFor(checked, QStringLiteral("certificate"));
        QVERIFY2(certificate.contains(u"does not match") && certificate.contains(u"shop.example.org"),
                 qPrintable(certificate));
    }
};

QTEST_GUILESS_MAIN(TestHostTls)
#include "tst_host_tls.moc"
