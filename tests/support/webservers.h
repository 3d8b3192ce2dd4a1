#pragma once

#include <QProcess>
#include <QString>

namespace mws::test {

// Real Apache 2.4 and PHP-FPM, started in the foreground from the main files mws-paneld
// --prepare-host wrote under a host root, as systemd would start them in production.
class WebServers
{
public:
    ~WebServers();
    bool start(const QString &hostRoot, quint16 httpPort, QString *error);
    void stop();
    bool isRunning() const;
    qint64 apachePid() const { return m_apache.processId(); }
    // Apache's and PHP-FPM's own logs, for failure messages.
    QString logs() const;

private:
    QString m_root;
    QProcess m_apache;
    QProcess m_php;
};

// Removes the Unix users the panel made for sites with homes under sitesRoot (tests run as root
// in the build root, where each site gets its own user).
void removeSiteUsers(const QString &sitesRoot);

} // namespace mws::test
