# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_request.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListView, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_NewRequestDialog(object):
    def setupUi(self, NewRequestDialog):
        if not NewRequestDialog.objectName():
            NewRequestDialog.setObjectName(u"NewRequestDialog")
        self.dialogLayout = QVBoxLayout(NewRequestDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.scrollArea = QScrollArea(NewRequestDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.columns = QHBoxLayout(self.content)
        self.columns.setObjectName(u"columns")
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.personGroup = QGroupBox(self.content)
        self.personGroup.setObjectName(u"personGroup")
        self.personForm = QFormLayout(self.personGroup)
        self.personForm.setObjectName(u"personForm")
        self.personForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.personForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.nameLabel = QLabel(self.personGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.personGroup)
        self.name.setObjectName(u"name")

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameError = QLabel(self.personGroup)
        self.nameError.setObjectName(u"nameError")

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.emailsLabel = QLabel(self.personGroup)
        self.emailsLabel.setObjectName(u"emailsLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailsLabel)

        self.emails = QLineEdit(self.personGroup)
        self.emails.setObjectName(u"emails")

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emails)

        self.emailsError = QLabel(self.personGroup)
        self.emailsError.setObjectName(u"emailsError")

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailsError)

        self.phonesLabel = QLabel(self.personGroup)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phonesLabel)

        self.phones = QLineEdit(self.personGroup)
        self.phones.setObjectName(u"phones")

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phones)

        self.phonesError = QLabel(self.personGroup)
        self.phonesError.setObjectName(u"phonesError")

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phonesError)

        self.customerNumbersLabel = QLabel(self.personGroup)
        self.customerNumbersLabel.setObjectName(u"customerNumbersLabel")

        self.personForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.customerNumbersLabel)

        self.customerNumbers = QLineEdit(self.personGroup)
        self.customerNumbers.setObjectName(u"customerNumbers")

        self.personForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.customerNumbers)

        self.customerNumbersError = QLabel(self.personGroup)
        self.customerNumbersError.setObjectName(u"customerNumbersError")

        self.personForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.customerNumbersError)

        self.contractNumbersLabel = QLabel(self.personGroup)
        self.contractNumbersLabel.setObjectName(u"contractNumbersLabel")

        self.personForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contractNumbersLabel)

        self.contractNumbers = QLineEdit(self.personGroup)
        self.contractNumbers.setObjectName(u"contractNumbers")

        self.personForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contractNumbers)

        self.contractNumbersError = QLabel(self.personGroup)
        self.contractNumbersError.setObjectName(u"contractNumbersError")

        self.personForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.contractNumbersError)

        self.postalAddressLabel = QLabel(self.personGroup)
        self.postalAddressLabel.setObjectName(u"postalAddressLabel")

        self.personForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.postalAddressLabel)

        self.postalAddress = QPlainTextEdit(self.personGroup)
        self.postalAddress.setObjectName(u"postalAddress")
        self.postalAddress.setTabChangesFocus(True)

        self.personForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.postalAddress)

        self.identifiersError = QLabel(self.personGroup)
        self.identifiersError.setObjectName(u"identifiersError")

        self.personForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.identifiersError)


        self.leftColumn.addWidget(self.personGroup)

        self.representativeGroup = QGroupBox(self.content)
        self.representativeGroup.setObjectName(u"representativeGroup")
        self.representativeForm = QFormLayout(self.representativeGroup)
        self.representativeForm.setObjectName(u"representativeForm")
        self.representativeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.representativeForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.representative = QCheckBox(self.representativeGroup)
        self.representative.setObjectName(u"representative")

        self.representativeForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.representative)

        self.representativeNameLabel = QLabel(self.representativeGroup)
        self.representativeNameLabel.setObjectName(u"representativeNameLabel")

        self.representativeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.representativeNameLabel)

        self.representativeName = QLineEdit(self.representativeGroup)
        self.representativeName.setObjectName(u"representativeName")

        self.representativeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.representativeName)

        self.mandateFileLabel = QLabel(self.representativeGroup)
        self.mandateFileLabel.setObjectName(u"mandateFileLabel")

        self.representativeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.mandateFileLabel)

        self.mandateFileRow = QHBoxLayout()
        self.mandateFileRow.setObjectName(u"mandateFileRow")
        self.mandateFile = QLineEdit(self.representativeGroup)
        self.mandateFile.setObjectName(u"mandateFile")

        self.mandateFileRow.addWidget(self.mandateFile)

        self.mandateBrowse = QPushButton(self.representativeGroup)
        self.mandateBrowse.setObjectName(u"mandateBrowse")
        self.mandateBrowse.setAutoDefault(False)

        self.mandateFileRow.addWidget(self.mandateBrowse)


        self.representativeForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.mandateFileRow)

        self.mandateNoteLabel = QLabel(self.representativeGroup)
        self.mandateNoteLabel.setObjectName(u"mandateNoteLabel")

        self.representativeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mandateNoteLabel)

        self.mandateNote = QLineEdit(self.representativeGroup)
        self.mandateNote.setObjectName(u"mandateNote")

        self.representativeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mandateNote)

        self.mandateError = QLabel(self.representativeGroup)
        self.mandateError.setObjectName(u"mandateError")

        self.representativeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mandateError)


        self.leftColumn.addWidget(self.representativeGroup)

        self.leftStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftStretch)

        self.leftColumn.setStretch(2, 1)

        self.columns.addLayout(self.leftColumn)

        self.requestGroup = QGroupBox(self.content)
        self.requestGroup.setObjectName(u"requestGroup")
        self.requestForm = QFormLayout(self.requestGroup)
        self.requestForm.setObjectName(u"requestForm")
        self.requestForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.requestForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.receivedAtLabel = QLabel(self.requestGroup)
        self.receivedAtLabel.setObjectName(u"receivedAtLabel")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedAtLabel)

        self.receivedAtRow = QHBoxLayout()
        self.receivedAtRow.setObjectName(u"receivedAtRow")
        self.receivedAt = QDateTimeEdit(self.requestGroup)
        self.receivedAt.setObjectName(u"receivedAt")
        self.receivedAt.setCalendarPopup(True)

        self.receivedAtRow.addWidget(self.receivedAt)

        self.receivedAtHint = QLabel(self.requestGroup)
        self.receivedAtHint.setObjectName(u"receivedAtHint")

        self.receivedAtRow.addWidget(self.receivedAtHint)

        self.receivedAtStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receivedAtRow.addItem(self.receivedAtStretch)


        self.requestForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.receivedAtRow)

        self.receivedAtError = QLabel(self.requestGroup)
        self.receivedAtError.setObjectName(u"receivedAtError")

        self.requestForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receivedAtError)

        self.channelLabel = QLabel(self.requestGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.requestForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = QComboBox(self.requestGroup)
        self.channel.setObjectName(u"channel")

        self.requestForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channel)

        self.channelError = QLabel(self.requestGroup)
        self.channelError.setObjectName(u"channelError")

        self.requestForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.channelError)

        self.languageLabel = QLabel(self.requestGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.requestForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(self.requestGroup)
        self.language.setObjectName(u"language")

        self.requestForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.language)

        self.languageError = QLabel(self.requestGroup)
        self.languageError.setObjectName(u"languageError")

        self.requestForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languageError)

        self.rightsLabel = QLabel(self.requestGroup)
        self.rightsLabel.setObjectName(u"rightsLabel")

        self.requestForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.rightsLabel)

        self.rightsBox = QVBoxLayout()
        self.rightsBox.setObjectName(u"rightsBox")
        self.right_access = QCheckBox(self.requestGroup)
        self.right_access.setObjectName(u"right_access")

        self.rightsBox.addWidget(self.right_access)

        self.right_rectification = QCheckBox(self.requestGroup)
        self.right_rectification.setObjectName(u"right_rectification")

        self.rightsBox.addWidget(self.right_rectification)

        self.right_erasure = QCheckBox(self.requestGroup)
        self.right_erasure.setObjectName(u"right_erasure")

        self.rightsBox.addWidget(self.right_erasure)

        self.right_restriction = QCheckBox(self.requestGroup)
        self.right_restriction.setObjectName(u"right_restriction")

        self.rightsBox.addWidget(self.right_restriction)

        self.right_portability = QCheckBox(self.requestGroup)
        self.right_portability.setObjectName(u"right_portability")

        self.rightsBox.addWidget(self.right_portability)

        self.right_objection = QCheckBox(self.requestGroup)
        self.right_objection.setObjectName(u"right_objection")

        self.rightsBox.addWidget(self.right_objection)

        self.right_consent_withdrawal = QCheckBox(self.requestGroup)
        self.right_consent_withdrawal.setObjectName(u"right_consent_withdrawal")

        self.rightsBox.addWidget(self.right_consent_withdrawal)


        self.requestForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.rightsBox)

        self.rightsError = QLabel(self.requestGroup)
        self.rightsError.setObjectName(u"rightsError")

        self.requestForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.rightsError)

        self.requestTextLabel = QLabel(self.requestGroup)
        self.requestTextLabel.setObjectName(u"requestTextLabel")

        self.requestForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.requestTextLabel)

        self.requestText = QPlainTextEdit(self.requestGroup)
        self.requestText.setObjectName(u"requestText")
        self.requestText.setTabChangesFocus(True)

        self.requestForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.requestText)

        self.attachmentsLabel = QLabel(self.requestGroup)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.requestForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.attachmentsLabel)

        self.attachmentsRow = QHBoxLayout()
        self.attachmentsRow.setObjectName(u"attachmentsRow")
        self.attachments = QListView(self.requestGroup)
        self.attachments.setObjectName(u"attachments")
        self.attachments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachments.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.attachmentsRow.addWidget(self.attachments)

        self.attachmentButtons = QVBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.addAttachment = QPushButton(self.requestGroup)
        self.addAttachment.setObjectName(u"addAttachment")
        self.addAttachment.setAutoDefault(False)

        self.attachmentButtons.addWidget(self.addAttachment)

        self.removeAttachment = QPushButton(self.requestGroup)
        self.removeAttachment.setObjectName(u"removeAttachment")
        self.removeAttachment.setAutoDefault(False)

        self.attachmentButtons.addWidget(self.removeAttachment)

        self.attachmentButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)

        self.attachmentButtons.addItem(self.attachmentButtonsStretch)


        self.attachmentsRow.addLayout(self.attachmentButtons)


        self.requestForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.attachmentsRow)

        self.attachmentsError = QLabel(self.requestGroup)
        self.attachmentsError.setObjectName(u"attachmentsError")

        self.requestForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.attachmentsError)


        self.columns.addWidget(self.requestGroup)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)
        self.scrollArea.setWidget(self.content)

        self.dialogLayout.addWidget(self.scrollArea)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.notice = QLabel(NewRequestDialog)
        self.notice.setObjectName(u"notice")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.notice.sizePolicy().hasHeightForWidth())
        self.notice.setSizePolicy(sizePolicy)

        self.buttonsRow.addWidget(self.notice)

        self.save = QPushButton(NewRequestDialog)
        self.save.setObjectName(u"save")

        self.buttonsRow.addWidget(self.save)

        self.cancel = QPushButton(NewRequestDialog)
        self.cancel.setObjectName(u"cancel")
        self.cancel.setAutoDefault(False)

        self.buttonsRow.addWidget(self.cancel)


        self.dialogLayout.addLayout(self.buttonsRow)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.emailsLabel.setBuddy(self.emails)
        self.phonesLabel.setBuddy(self.phones)
        self.customerNumbersLabel.setBuddy(self.customerNumbers)
        self.contractNumbersLabel.setBuddy(self.contractNumbers)
        self.postalAddressLabel.setBuddy(self.postalAddress)
        self.representativeNameLabel.setBuddy(self.representativeName)
        self.mandateFileLabel.setBuddy(self.mandateFile)
        self.mandateNoteLabel.setBuddy(self.mandateNote)
        self.receivedAtLabel.setBuddy(self.receivedAt)
        self.channelLabel.setBuddy(self.channel)
        self.languageLabel.setBuddy(self.language)
        self.rightsLabel.setBuddy(self.right_access)
        self.requestTextLabel.setBuddy(self.requestText)
        self.attachmentsLabel.setBuddy(self.attachments)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.emails)
        QWidget.setTabOrder(self.emails, self.phones)
        QWidget.setTabOrder(self.phones, self.customerNumbers)
        QWidget.setTabOrder(self.customerNumbers, self.contractNumbers)
        QWidget.setTabOrder(self.contractNumbers, self.postalAddress)
        QWidget.setTabOrder(self.postalAddress, self.representative)
        QWidget.setTabOrder(self.representative, self.representativeName)
        QWidget.setTabOrder(self.representativeName, self.mandateFile)
        QWidget.setTabOrder(self.mandateFile, self.mandateBrowse)
        QWidget.setTabOrder(self.mandateBrowse, self.mandateNote)
        QWidget.setTabOrder(self.mandateNote, self.receivedAt)
        QWidget.setTabOrder(self.receivedAt, self.channel)
        QWidget.setTabOrder(self.channel, self.language)
        QWidget.setTabOrder(self.language, self.right_access)
        QWidget.setTabOrder(self.right_access, self.right_rectification)
        QWidget.setTabOrder(self.right_rectification, self.right_erasure)
        QWidget.setTabOrder(self.right_erasure, self.right_restriction)
        QWidget.setTabOrder(self.right_restriction, self.right_portability)
        QWidget.setTabOrder(self.right_portability, self.right_objection)
        QWidget.setTabOrder(self.right_objection, self.right_consent_withdrawal)
        QWidget.setTabOrder(self.right_consent_withdrawal, self.requestText)
        QWidget.setTabOrder(self.requestText, self.attachments)
        QWidget.setTabOrder(self.attachments, self.addAttachment)
        QWidget.setTabOrder(self.addAttachment, self.removeAttachment)
        QWidget.setTabOrder(self.removeAttachment, self.save)
        QWidget.setTabOrder(self.save, self.cancel)

        self.retranslateUi(NewRequestDialog)

        self.save.setDefault(True)


        QMetaObject.connectSlotsByName(NewRequestDialog)
    # setupUi

    def retranslateUi(self, NewRequestDialog):
        NewRequestDialog.setWindowTitle(QCoreApplication.translate("NewRequestDialog", u"Nouvelle demande", None))
#if QT_CONFIG(accessibility)
        NewRequestDialog.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Nouvelle demande", None))
#endif // QT_CONFIG(accessibility)
        self.personGroup.setTitle(QCoreApplication.translate("NewRequestDialog", u"Personne concern\u00e9e", None))
        self.nameLabel.setText(QCoreApplication.translate("NewRequestDialog", u"&Nom et pr\u00e9nom\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Nom et pr\u00e9nom de la personne concern\u00e9e", None))
#endif // QT_CONFIG(accessibility)
        self.name.setPlaceholderText(QCoreApplication.translate("NewRequestDialog", u"tel qu\u2019\u00e9crit dans la demande", None))
        self.emailsLabel.setText(QCoreApplication.translate("NewRequestDialog", u"E-&mails\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.emails.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Adresses e-mail, s\u00e9par\u00e9es par des points-virgules", None))
#endif // QT_CONFIG(accessibility)
        self.emails.setPlaceholderText(QCoreApplication.translate("NewRequestDialog", u"plusieurs\u00a0: les s\u00e9parer par \u00ab\u00a0;\u00a0\u00bb", None))
        self.phonesLabel.setText(QCoreApplication.translate("NewRequestDialog", u"T\u00e9l\u00e9p&hones\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.phones.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Num\u00e9ros de t\u00e9l\u00e9phone, s\u00e9par\u00e9s par des points-virgules", None))
#endif // QT_CONFIG(accessibility)
        self.phones.setPlaceholderText(QCoreApplication.translate("NewRequestDialog", u"plusieurs\u00a0: les s\u00e9parer par \u00ab\u00a0;\u00a0\u00bb", None))
        self.customerNumbersLabel.setText(QCoreApplication.translate("NewRequestDialog", u"N\u00b0 &client\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.customerNumbers.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Num\u00e9ros client, s\u00e9par\u00e9s par des points-virgules", None))
#endif // QT_CONFIG(accessibility)
        self.customerNumbers.setPlaceholderText(QCoreApplication.translate("NewRequestDialog", u"plusieurs\u00a0: les s\u00e9parer par \u00ab\u00a0;\u00a0\u00bb", None))
        self.contractNumbersLabel.setText(QCoreApplication.translate("NewRequestDialog", u"N\u00b0 de c&ontrat\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.contractNumbers.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Num\u00e9ros de contrat, s\u00e9par\u00e9s par des points-virgules", None))
#endif // QT_CONFIG(accessibility)
        self.contractNumbers.setPlaceholderText(QCoreApplication.translate("NewRequestDialog", u"plusieurs\u00a0: les s\u00e9parer par \u00ab\u00a0;\u00a0\u00bb", None))
        self.postalAddressLabel.setText(QCoreApplication.translate("NewRequestDialog", u"Adresse &postale\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.postalAddress.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Adresse postale", None))
#endif // QT_CONFIG(accessibility)
        self.postalAddress.setPlaceholderText(QCoreApplication.translate("NewRequestDialog", u"num\u00e9ro et rue, code postal, ville (Entr\u00e9e pour aller \u00e0 la ligne)", None))
        self.representativeGroup.setTitle(QCoreApplication.translate("NewRequestDialog", u"Repr\u00e9sentant", None))
        self.representative.setText(QCoreApplication.translate("NewRequestDialog", u"Demande faite par un &repr\u00e9sentant", None))
#if QT_CONFIG(accessibility)
        self.representative.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Demande faite par un repr\u00e9sentant", None))
#endif // QT_CONFIG(accessibility)
        self.representativeNameLabel.setText(QCoreApplication.translate("NewRequestDialog", u"Nom du repr\u00e9&sentant\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.representativeName.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Nom du repr\u00e9sentant", None))
#endif // QT_CONFIG(accessibility)
        self.representativeName.setPlaceholderText(QCoreApplication.translate("NewRequestDialog", u"personne ou organisme mandat\u00e9", None))
        self.mandateFileLabel.setText(QCoreApplication.translate("NewRequestDialog", u"&Fichier du mandat\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.mandateFile.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Chemin du fichier du mandat", None))
#endif // QT_CONFIG(accessibility)
        self.mandateFile.setPlaceholderText(QCoreApplication.translate("NewRequestDialog", u"chemin du fichier", None))
        self.mandateBrowse.setText(QCoreApplication.translate("NewRequestDialog", u"Parco&urir\u2026", None))
#if QT_CONFIG(accessibility)
        self.mandateBrowse.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Choisir le fichier du mandat", None))
#endif // QT_CONFIG(accessibility)
        self.mandateNoteLabel.setText(QCoreApplication.translate("NewRequestDialog", u"&V\u00e9rification du mandat\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.mandateNote.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Comment le mandat a \u00e9t\u00e9 v\u00e9rifi\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.mandateNote.setPlaceholderText(QCoreApplication.translate("NewRequestDialog", u"ex.\u00a0: original vu le 24/03, sign\u00e9", None))
        self.requestGroup.setTitle(QCoreApplication.translate("NewRequestDialog", u"Demande", None))
        self.receivedAtLabel.setText(QCoreApplication.translate("NewRequestDialog", u"Re\u00e7ue &le\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.receivedAt.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Date et heure de r\u00e9ception, heure de Paris", None))
#endif // QT_CONFIG(accessibility)
        self.receivedAt.setDisplayFormat(QCoreApplication.translate("NewRequestDialog", u"dd/MM/yyyy HH:mm", None))
        self.receivedAtHint.setText(QCoreApplication.translate("NewRequestDialog", u"heure de Paris", None))
        self.channelLabel.setText(QCoreApplication.translate("NewRequestDialog", u"C&anal\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.channel.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Canal de r\u00e9ception", None))
#endif // QT_CONFIG(accessibility)
        self.channel.setPlaceholderText(QCoreApplication.translate("NewRequestDialog", u"\u2014 choisir \u2014", None))
        self.languageLabel.setText(QCoreApplication.translate("NewRequestDialog", u"Lan&gue des r\u00e9ponses\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Langue des r\u00e9ponses", None))
#endif // QT_CONFIG(accessibility)
        self.rightsLabel.setText(QCoreApplication.translate("NewRequestDialog", u"Droits e&xerc\u00e9s\u00a0:", None))
        self.right_access.setText(QCoreApplication.translate("NewRequestDialog", u"Droit d\u2019acc\u00e8s (art. 15)", None))
        self.right_rectification.setText(QCoreApplication.translate("NewRequestDialog", u"Droit de rectification (art. 16)", None))
        self.right_erasure.setText(QCoreApplication.translate("NewRequestDialog", u"Droit \u00e0 l\u2019effacement (art. 17)", None))
        self.right_restriction.setText(QCoreApplication.translate("NewRequestDialog", u"Droit \u00e0 la limitation du traitement (art. 18)", None))
        self.right_portability.setText(QCoreApplication.translate("NewRequestDialog", u"Droit \u00e0 la portabilit\u00e9 (art. 20)", None))
        self.right_objection.setText(QCoreApplication.translate("NewRequestDialog", u"Droit d\u2019opposition (art. 21)", None))
        self.right_consent_withdrawal.setText(QCoreApplication.translate("NewRequestDialog", u"Retrait du consentement (art. 7, \u00a7 3)", None))
        self.requestTextLabel.setText(QCoreApplication.translate("NewRequestDialog", u"Texte de la &demande\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.requestText.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Texte de la demande", None))
#endif // QT_CONFIG(accessibility)
        self.requestText.setPlaceholderText(QCoreApplication.translate("NewRequestDialog", u"la demande telle que re\u00e7ue, ou son r\u00e9sum\u00e9", None))
        self.attachmentsLabel.setText(QCoreApplication.translate("NewRequestDialog", u"P&i\u00e8ces re\u00e7ues\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.attachments.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Pi\u00e8ces re\u00e7ues\u00a0: la lettre ou l\u2019e-mail tel que re\u00e7u", None))
#endif // QT_CONFIG(accessibility)
        self.addAttachment.setText(QCoreApplication.translate("NewRequestDialog", u"A&jouter\u2026", None))
#if QT_CONFIG(accessibility)
        self.addAttachment.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Ajouter une pi\u00e8ce re\u00e7ue", None))
#endif // QT_CONFIG(accessibility)
        self.removeAttachment.setText(QCoreApplication.translate("NewRequestDialog", u"Re&tirer", None))
#if QT_CONFIG(accessibility)
        self.removeAttachment.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Retirer les pi\u00e8ces s\u00e9lectionn\u00e9es", None))
#endif // QT_CONFIG(accessibility)
        self.save.setText(QCoreApplication.translate("NewRequestDialog", u"&Enregistrer", None))
#if QT_CONFIG(accessibility)
        self.save.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Enregistrer la demande", None))
#endif // QT_CONFIG(accessibility)
        self.cancel.setText(QCoreApplication.translate("NewRequestDialog", u"Annuler", None))
#if QT_CONFIG(accessibility)
        self.cancel.setAccessibleName(QCoreApplication.translate("NewRequestDialog", u"Annuler la saisie", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

