// Fixture of tests/i18n: the lines marked "expect" must be reported, no other.
void f(QWidget *parent, QLabel *label, QMenu *menu)
{
    label->setText(QStringLiteral("Sites of this account"));                                    // expect
    label->setToolTip("Opens the site");                                                        // expect
    menu->addAction(QStringLiteral("Refresh"), parent, [] {});                                  // expect
    QMessageBox::warning(parent, tr("Sign in"), QStringLiteral("The panel refused the token")); // expect
    new QLabel(QStringLiteral("Document root:"), parent);                                       // expect
    MessageBox::show(parent, icon, tr("Apply"), QStringLiteral("The change failed"));           // expect
    view->setHeaderLabels({tr("Name"), QStringLiteral("Last change")});                         // expect
    label->setText(tr("Sites of this account"));
    label->setText(QCoreApplication::translate("ctx", "Sites of this account"));
    label->setText(tr("%1 of %2").arg(QStringLiteral("a b"), QStringLiteral("c d")));
    label->setObjectName(QStringLiteral("Some Object Name"));
    edit->setPlaceholderText(QStringLiteral("https://panel.mws.example"));
    label->setStyleSheet(QStringLiteral("QLabel { color: red; }"));
    label->setText(QStringLiteral("MWS Admin")); // untranslated: the product's name
    label->setText(QStringLiteral("%1: %2").arg(a, b));
    // label->setText(QStringLiteral("Commented out text"));
    const QString key = QStringLiteral("appearance/theme");
}
