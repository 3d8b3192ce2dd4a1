#include "staff/hypervisorconnection.h"

#include <QTest>

using mws::DomainInfo;
using mws::HypervisorConnection;

class TestHypervisorConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheTestDriversDomain()
    {
        auto connection = HypervisorConnection::open(QStringLiteral("test:///default"));
        QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error().fullText()));
        QCOMPARE(connection.value()->uri(), QStringLiteral("test:///default"));

        const auto domains = connection.value()->domains();
        QVERIFY(domains.ok());
        // libvirt's default test hypervisor has exactly one running domain called "test".
        QCOMPARE(domains->size(), 1);
        const DomainInfo &domain = domains->first();
        QCOMPARE(domain.name, QStringLiteral("test"));
        QCOMPARE(domain.state, DomainInfo::State::Running);
        QVERIFY(!domain.uuid.isNull());
        QVERIFY(domain.memoryKiB > 0);
        QVERIFY(domain.virtualCpus > 0);
    }

    void aBadUriIsAnErrorWithLibvirtsReason()
    {
        auto connection = HypervisorConnection::open(QStringLiteral("nosuchdriver:///nowhere"));
        QVERIFY(!connection.ok());
        QCOMPARE(connection.error().kind, mws::Error::Kind::Network);
        QVERIFY(connection.error().message.contains(QLatin1String("nosuchdriver:///nowhere")));
        QVERIFY(!connection.error().detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHypervisorConnection)
#include "tst_hypervisorconnection.moc"
