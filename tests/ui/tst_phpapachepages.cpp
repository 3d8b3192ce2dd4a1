// SPDX-FileCopyrightText: 2026 The MWS Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hosting/apachepage.h"
#include "hosting/phppage.h"
#include "syntax/codeeditor.h"
#include "syntax/syntaxhighlighting.h"
#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHelpEvent>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>
#include <QTreeView>

using namespace mws;
using mws::ui::ApachePage;
using mws::ui::CodeEditor;
using mws::ui::PhpPage;

namespace {

model::SiteHosting siteHosting(qint64 version = 3)
{
    model::SiteHosting hosting;
    hosting.siteId = QStringLiteral("site-x");
    hosting.version = version;
    hosting.home = QStringLiteral("/srv/sites/site-x");
    model::Vhost main;
    main.name = QStringLiteral("main");
    main.domains = {QStringLiteral("site-x.example.org"), QStringLiteral("www.site-x.example.org")};
    main.directives = QStringLiteral("ErrorDocument 404 /404.html\n");
    model::Vhost blog;
    blog.name = QStringLiteral("blog");
    blog.domains = {QStringLiteral("blog.example.org")};
    blog.modules = {QStringLiteral("headers")};
    blog.directives = QStringLiteral("Header set X-Blog yes\n");
    hosting.vhosts = {main, blog};
    hosting.php.settings.insert(QStringLiteral("memory_limit"), QStringLiteral("128M"));
    return hosting;
}

model::HostingCatalogue hostingCatalogue()
{
    model::HostingCatalogue catalogue;
    catalogue.builtinExtensions = {QStringLiteral("curl"), QStringLiteral("mbstring"),
                                   QStringLiteral("mysqli"), QStringLiteral("opcache")};
    catalogue.optionalExtensions = {QStringLiteral("gd"), QStringLiteral("intl"), QStringLiteral("imagick")};
    catalogue.apacheModules = {QStringLiteral("rewrite"), QStringLiteral("headers"),
                               QStringLiteral("expires"), QStringLiteral("deflate"),
                               QStringLiteral("autoindex")};
    catalogue.phpVersion = QStringLiteral("8.4");
    catalogue.apacheVersion = QStringLiteral("2.4.65");
    return catalogue;
}

template <typename T> T *child(QWidget &page, const char *name)
{
    auto *widget = page.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

// Replaces the editor's text the way a user does: select everything, then type, line by line.
void typeText(CodeEditor *editor, const QString &text)
{
    editor->setFocus();
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines.at(i));
    }
}

QList<int> problemLines(const CodeEditor *editor)
{
    QList<int> lines;
    for (const auto &problem : editor->problems())
        lines.append(problem.first);
    return lines;
}

QModelIndex settingIndex(const QAbstractItemModel *model, const QString &name)
{
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data().toString().contains(QStringLiteral("(%1)").arg(name)))
                return index;
        }
    }
    return {};
}

// The widget Tab moves to from widget.
QWidget *nextTabStop(QWidget *widget)
{
    QWidget *next = widget->nextInFocusChain();
    while (next != widget && !(next->focusPolicy() & Qt::TabFocus))
        next = next->nextInFocusChain();
    return next;
}

// With MWS_SCREENSHOT_DIR set, the page is saved there as a PNG to be looked at.
void screenshot(QWidget &page, const QString &name)
{
    const QString folder = qEnvironmentVariable("MWS_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QVERIFY(page.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

} // namespace

class TestPhpApachePages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void phpShowsTheCatalogueAndTheSiteSettings()
    {
        PhpPage page;
        page.resize(960, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showHosting(siteHosting(), hostingCatalogue());

        auto *editor = child<CodeEditor>(page, "phpEditor");
        QCOMPARE(editor->definitionName(), QStringLiteral("INI Files"));
        QCOMPARE(editor->toPlainText(), QStringLiteral("memory_limit = 128M\n"));
        QVERIFY(!child<QPushButton>(page, "phpApply")->isEnabled());
        QVERIFY(!child<QPushButton>(page, "phpRevert")->isEnabled());
        QVERIFY(!child<QLabel>(page, "phpProblems")->isVisible());

        auto *view = child<QTreeView>(page, "phpCatalogue");
        const QAbstractItemModel *model = view->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Performance"));
        QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Common"));
        QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("Errors"));
        const QModelIndex memory = settingIndex(model, QStringLiteral("memory_limit"));
        QVERIFY(memory.isValid());
        QCOMPARE(memory.siblingAtColumn(1).data().toString(), QStringLiteral("128M"));
        QCOMPARE(memory.siblingAtColumn(2).data().toString(), QStringLiteral("16M – 2G"));
        QVERIFY(!memory.data(Qt::ToolTipRole).toString().isEmpty());
        const QModelIndex post = settingIndex(model, QStringLiteral("post_max_size"));
        QCOMPARE(post.siblingAtColumn(1).data().toString(), QStringLiteral("default (8M)"));
        QCOMPARE(
            settingIndex(model, QStringLiteral("max_execution_time")).siblingAtColumn(2).data().toString(),
            QStringLiteral("1 – 3600 s"));
        QCOMPARE(settingIndex(model, QStringLiteral("display_errors")).siblingAtColumn(2).data().toString(),
                 QStringLiteral("On/Off"));

        auto *extensions = child<QListWidget>(page, "phpExtensions");
        QCOMPARE(extensions->count(), 3);
        QVERIFY(child<QLabel>(page, "phpBuiltinExtensions")->text().contains(QStringLiteral("mbstring")));
        for (const char *name : {"phpCatalogue", "phpEditor", "phpExtensions"})
            QVERIFY2(!child<QWidget>(page, name)->accessibleName().isEmpty(), name);
    }

    void phpFlagsABadValueAndSendsTheNormalisedOne()
    {
        PhpPage page;
        page.resize(960, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showHosting(siteHosting(), hostingCatalogue());
        auto *editor = child<CodeEditor>(page, "phpEditor");
        auto *apply = child<QPushButton>(page, "phpApply");
        auto *problems = child<QLabel>(page, "phpProblems");

        typeText(editor, QStringLiteral("; bigger for the image gallery\nmemory_limit = 77Q"));
        QTRY_COMPARE(problemLines(editor), QList<int>{2});
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QStringLiteral("Line 2")), qPrintable(problems->text()));
        QVERIFY(problems->text().contains(QStringLiteral("memory_limit")));
        QVERIFY(!apply->isEnabled());
        QVERIFY(child<QPushButton>(page, "phpRevert")->isEnabled());
        screenshot(page, QStringLiteral("php-page-problem"));

        for (int i = 0; i < 3; ++i)
            QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClicks(editor, QStringLiteral("256m"));
        QTRY_VERIFY(apply->isEnabled());
        QVERIFY(editor->problems().isEmpty());
        QVERIFY(!problems->isVisible());

        QSignalSpy spy(&page, &PhpPage::changeRequested);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        const auto request = spy.at(0).at(0).value<api::HostingRequest>();
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path, QStringLiteral("api/v1/sites/site-x/php"));
        const QJsonObject settings = request.body.value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("memory_limit")).toString(), QStringLiteral("256M"));
        QCOMPARE(settings.size(), 1);
        QCOMPARE(spy.at(0).at(1).value<ui::ChangeNotice>().title, QStringLiteral("Change the PHP settings"));
    }

    void phpFlagsUnknownSettingsAndRulesBetweenSettings()
    {
        PhpPage page;
        page.resize(960, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showHosting(siteHosting(), hostingCatalogue());
        auto *editor = child<CodeEditor>(page, "phpEditor");
        auto *apply = child<QPushButton>(page, "phpApply");

        typeText(editor,
                 QStringLiteral("open_basedir = /\n\nupload_max_filesize = 64M\nthis is not a setting"));
        QTRY_COMPARE(problemLines(editor), (QList<int>{1, 3, 4}));
        QVERIFY(!apply->isEnabled());
        const QString text = child<QLabel>(page, "phpProblems")->text();
        QVERIFY2(text.contains(QStringLiteral("open_basedir")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("post_max_size")), qPrintable(text)); // default 8M < 64M
        QVERIFY(editor->problemsAt(3).contains(QStringLiteral("post_max_size")));

        // Double-clicking post_max_size in the catalogue adds it, with its default selected.
        auto *view = child<QTreeView>(page, "phpCatalogue");
        const QModelIndex post = settingIndex(view->model(), QStringLiteral("post_max_size"));
        view->scrollTo(post);
        const QPoint centre = view->visualRect(post).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
        QVERIFY2(editor->toPlainText().endsWith(QStringLiteral("post_max_size = 8M\n")),
                 qPrintable(editor->toPlainText()));
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("8M"));
        QTest::keyClicks(editor, QStringLiteral("64M"));
        QTRY_COMPARE(problemLines(editor), (QList<int>{1, 4}));

        // Double-clicking a setting that is there already selects its value.
        const QModelIndex upload = settingIndex(view->model(), QStringLiteral("upload_max_filesize"));
        view->scrollTo(upload);
        const QPoint uploadCentre = view->visualRect(upload).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, uploadCentre);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, uploadCentre);
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("64M"));
        QCOMPARE(editor->textCursor().blockNumber(), 2);

        typeText(editor, QStringLiteral("upload_max_filesize = 64M\npost_max_size = 64M"));
        QTRY_VERIFY(apply->isEnabled());
    }

    void phpExtensionsRevertAndReadOnly()
    {
        PhpPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showHosting(siteHosting(), hostingCatalogue());
        auto *apply = child<QPushButton>(page, "phpApply");
        auto *revert = child<QPushButton>(page, "phpRevert");
        auto *editor = child<CodeEditor>(page, "phpEditor");
        auto *extensions = child<QListWidget>(page, "phpExtensions");

        extensions->item(1)->setCheckState(Qt::Checked); // intl
        QVERIFY(apply->isEnabled());
        QSignalSpy spy(&page, &PhpPage::changeRequested);
        apply->click();
        QCOMPARE(spy.count(), 1);
        const auto request = spy.at(0).at(0).value<api::HostingRequest>();
        QCOMPARE(request.body.value(QStringLiteral("extensions")).toArray(),
                 QJsonArray{QStringLiteral("intl")});

        typeText(editor, QStringLiteral("max_execution_time = 60"));
        QTRY_VERIFY(editor->problems().isEmpty());
        QVERIFY(revert->isEnabled());
        revert->click();
        QCOMPARE(editor->toPlainText(), QStringLiteral("memory_limit = 128M\n"));
        QCOMPARE(extensions->item(1)->checkState(), Qt::Unchecked);
        QVERIFY(!apply->isEnabled());
        QVERIFY(!revert->isEnabled());

        typeText(editor, QStringLiteral("max_execution_time = 60"));
        QTRY_VERIFY(apply->isEnabled());
        page.setReadOnly(true);
        QVERIFY(!apply->isEnabled());
        QVERIFY(!revert->isEnabled());
        QVERIFY(editor->isReadOnly());
        QVERIFY(!extensions->isEnabled());
        page.setReadOnly(false);
        QVERIFY(apply->isEnabled());

        // The same version again keeps the edits; a new one replaces them and says so.
        page.showHosting(siteHosting(3), hostingCatalogue());
        QCOMPARE(editor->toPlainText(), QStringLiteral("max_execution_time = 60"));
        QVERIFY(!child<QLabel>(page, "phpNote")->isVisible());
        page.showHosting(siteHosting(4), hostingCatalogue());
        QCOMPARE(editor->toPlainText(), QStringLiteral("memory_limit = 128M\n"));
        QVERIFY(child<QLabel>(page, "phpNote")->isVisible());
        QVERIFY(child<QLabel>(page, "phpNote")->text().contains(QStringLiteral("Reloaded")));
        QVERIFY(!apply->isEnabled());
    }

    void phpSaysWhenThereAreNoOptionalExtensions()
    {
        PhpPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        model::HostingCatalogue catalogue = hostingCatalogue();
        catalogue.optionalExtensions.clear();
        page.showHosting(siteHosting(), catalogue);
        QVERIFY(!child<QListWidget>(page, "phpExtensions")->isVisible());
        QVERIFY(child<QLabel>(page, "phpNoExtensions")->isVisible());
    }

    void apacheRefusesWhatTheServerWouldRefuse()
    {
        ApachePage page;
        page.resize(960, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showHosting(siteHosting(), hostingCatalogue());
        auto *combo = child<QComboBox>(page, "apacheVhost");
        auto *editor = child<CodeEditor>(page, "apacheDirectives");
        auto *apply = child<QPushButton>(page, "apacheApply");
        auto *problems = child<QLabel>(page, "apacheProblems");
        auto *rewrite = child<QCheckBox>(page, "apacheModule_rewrite");

        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->currentText(), QStringLiteral("main — site-x.example.org"));
        QCOMPARE(editor->definitionName(), QStringLiteral("Apache Configuration"));
        QCOMPARE(editor->toPlainText(), QStringLiteral("ErrorDocument 404 /404.html\n"));
        QVERIFY(editor->problems().isEmpty());
        QVERIFY(!apply->isEnabled());
        QVERIFY(!rewrite->isChecked());
        QVERIFY(rewrite->toolTip().contains(QStringLiteral("RewriteRule")));
        QCOMPARE(nextTabStop(combo), rewrite); // Tab reaches the features after the vhost
        QCOMPARE(nextTabStop(child<QCheckBox>(page, "apacheModule_autoindex")), editor);
        for (const char *name : {"rewrite", "headers", "expires", "deflate", "autoindex"})
            QVERIFY2(page.findChild<QCheckBox *>(QStringLiteral("apacheModule_") + QLatin1String(name)),
                     name);

        typeText(editor, QStringLiteral("ErrorDocument 404 /404.html\nInclude /etc/passwd"));
        QTRY_COMPARE(problemLines(editor), QList<int>{2});
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QStringLiteral("Line 2")), qPrintable(problems->text()));
        QVERIFY(problems->text().contains(QStringLiteral("Include")));
        QVERIFY(!apply->isEnabled());

        typeText(editor, QStringLiteral("ErrorDocument 404 /404.html\nRewriteRule ^ /x"));
        QTRY_VERIFY2(problems->text().contains(QStringLiteral("RewriteRule needs URL rewriting (rewrite)")),
                     qPrintable(problems->text()));
        QCOMPARE(problemLines(editor), QList<int>{2});
        QVERIFY(editor->problemsAt(2).contains(QStringLiteral("rewrite")));
        QVERIFY(!apply->isEnabled());
        screenshot(page, QStringLiteral("apache-page-problem"));

        // From the keyboard: Tab leaves the editor, Space ticks the box.
        rewrite->setFocus();
        QTest::keyClick(rewrite, Qt::Key_Space);
        QVERIFY(rewrite->isChecked());
        QTRY_VERIFY(editor->problems().isEmpty());
        QVERIFY(!problems->isVisible());
        QVERIFY(apply->isEnabled());

        QSignalSpy spy(&page, &ApachePage::changeRequested);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        const auto request = spy.at(0).at(0).value<api::HostingRequest>();
        QCOMPARE(request.method, QByteArray("PATCH"));
        QCOMPARE(request.path, QStringLiteral("api/v1/sites/site-x/vhosts/main"));
        QCOMPARE(request.body.value(QStringLiteral("modules")).toArray(),
                 QJsonArray{QStringLiteral("rewrite")});
        QCOMPARE(request.body.value(QStringLiteral("directives")).toString(),
                 QStringLiteral("ErrorDocument 404 /404.html\nRewriteRule ^ /x"));
        QCOMPARE(spy.at(0).at(1).value<ui::ChangeNotice>().title,
                 QStringLiteral("Change Apache settings of main"));

        // The second vhost shows its own directives and modules; coming back keeps the edits.
        combo->setCurrentIndex(1);
        QCOMPARE(page.currentVhost(), QStringLiteral("blog"));
        QCOMPARE(editor->toPlainText(), QStringLiteral("Header set X-Blog yes\n"));
        QVERIFY(child<QCheckBox>(page, "apacheModule_headers")->isChecked());
        QVERIFY(!rewrite->isChecked());
        QVERIFY(editor->problems().isEmpty());
        QVERIFY(!apply->isEnabled());
        combo->setCurrentIndex(0);
        QCOMPARE(editor->toPlainText(), QStringLiteral("ErrorDocument 404 /404.html\nRewriteRule ^ /x"));
        QVERIFY(rewrite->isChecked());
        QVERIFY(apply->isEnabled());

        page.setReadOnly(true);
        QVERIFY(!apply->isEnabled());
        QVERIFY(!child<QPushButton>(page, "apacheRevert")->isEnabled());
        QVERIFY(!rewrite->isEnabled());
        QVERIFY(editor->isReadOnly());
        page.setReadOnly(false);
        QVERIFY(apply->isEnabled());

        child<QPushButton>(page, "apacheRevert")->click();
        QCOMPARE(editor->toPlainText(), QStringLiteral("ErrorDocument 404 /404.html\n"));
        QVERIFY(!rewrite->isChecked());
        QVERIFY(!apply->isEnabled());
    }

    void apacheWithoutVhostsPointsToTheWebSitesPage()
    {
        ApachePage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        model::SiteHosting hosting = siteHosting();
        hosting.vhosts.clear();
        page.showHosting(hosting, hostingCatalogue());
        auto *placeholder = child<QLabel>(page, "apacheNoVhosts");
        QVERIFY(placeholder->isVisible());
        QVERIFY(placeholder->text().contains(QStringLiteral("Web sites")));
        QVERIFY(!child<QPushButton>(page, "apacheApply")->isEnabled());
        QVERIFY(!child<QComboBox>(page, "apacheVhost")->isEnabled());

        page.showHosting(siteHosting(4), hostingCatalogue());
        QVERIFY(!placeholder->isVisible());
        QCOMPARE(child<CodeEditor>(page, "apacheDirectives")->toPlainText(),
                 QStringLiteral("ErrorDocument 404 /404.html\n"));
    }

    void codeEditorMarksProblemsAndFollowsThePalette()
    {
        CodeEditor editor(ui::SyntaxNames::apache);
        editor.resize(480, 240);
        editor.setPlainText(QStringLiteral("ErrorDocument 404 /404.html\nRewriteRule ^ /x\n"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.lineNumberAreaWidth() > 0);
        QVERIFY(editor.font().fixedPitch() || QFontInfo(editor.font()).fixedPitch());

        editor.setProblems({{2, QStringLiteral("needs rewrite")}, {0, QStringLiteral("too long")}});
        QCOMPARE(editor.problemsAt(2), QStringLiteral("needs rewrite\ntoo long"));
        QCOMPARE(editor.problemsAt(1), QStringLiteral("too long"));
        int wavy = 0;
        for (const QTextEdit::ExtraSelection &selection : editor.extraSelections()) {
            if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                ++wavy;
        }
        QCOMPARE(wavy, 2);

        // Hovering line 2 tells what is wrong with it.
        const QRect line2 = editor.cursorRect(QTextCursor(editor.document()->findBlockByNumber(1)));
        QHelpEvent help(QEvent::ToolTip, line2.center(), editor.viewport()->mapToGlobal(line2.center()));
        QApplication::sendEvent(editor.viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("needs rewrite\ntoo long"));
        QToolTip::hideText();
        editor.setProblems({});
        QVERIFY(editor.extraSelections().isEmpty());

        // A dark palette switches the colours to the dark theme.
        const auto keywordColour = [&editor] {
            const QTextBlock block = editor.document()->firstBlock();
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (range.start == 0)
                    return range.format.foreground().color();
            }
            return QColor();
        };
        const QColor light = keywordColour();
        QVERIFY(light.isValid());
        QPalette dark = editor.palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        editor.setPalette(dark);
        QTRY_VERIFY(keywordColour().isValid());
        QVERIFY2(keywordColour() != light, qPrintable(light.name()));
    }

    void darkPaletteScreenshots()
    {
        if (qEnvironmentVariableIsEmpty("MWS_SCREENSHOT_DIR"))
            QSKIP("MWS_SCREENSHOT_DIR is not set");
        ui::applyTheme(ui::Theme::Dark);
        PhpPage php;
        php.resize(960, 720);
        php.show();
        QVERIFY(QTest::qWaitForWindowExposed(&php));
        php.showHosting(siteHosting(), hostingCatalogue());
        typeText(
            child<CodeEditor>(php, "phpEditor"),
            QStringLiteral("; gallery\nmemory_limit = 256M\nupload_max_filesize = 64M\ndisplay_errors = on"));
        QTRY_VERIFY(!child<CodeEditor>(php, "phpEditor")->problems().isEmpty());
        screenshot(php, QStringLiteral("php-page-dark"));
        ApachePage apache;
        apache.resize(960, 640);
        apache.show();
        QVERIFY(QTest::qWaitForWindowExposed(&apache));
        apache.showHosting(siteHosting(), hostingCatalogue());
        typeText(child<CodeEditor>(apache, "apacheDirectives"),
                 QStringLiteral(
                     "# Pretty URLs\n<IfModule mod_rewrite.c>\n  RewriteCond %{REQUEST_FILENAME} !-f\n  "
                     "RewriteRule ^ index.php [L]\n</IfModule>\nHeader set X-Frame-Options DENY"));
        child<QCheckBox>(apache, "apacheModule_rewrite")->setChecked(true);
        QTest::qWait(300);
        screenshot(apache, QStringLiteral("apache-page-dark"));
        ui::applyTheme(ui::Theme::Light);
    }
};

QTEST_MAIN(TestPhpApachePages)
#include "tst_phpapachepages.moc"
