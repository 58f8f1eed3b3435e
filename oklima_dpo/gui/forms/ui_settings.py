# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QRadioButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.organisationTab = QWidget()
        self.organisationTab.setObjectName(u"organisationTab")
        self.organisationTabLayout = QVBoxLayout(self.organisationTab)
        self.organisationTabLayout.setObjectName(u"organisationTabLayout")
        self.organisationTabLayout.setContentsMargins(0, 0, 0, 0)
        self.organisationTabScroll = QScrollArea(self.organisationTab)
        self.organisationTabScroll.setObjectName(u"organisationTabScroll")
        self.organisationTabScroll.setWidgetResizable(True)
        self.organisationTabScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.organisationTabScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.organisationTabContent = QWidget()
        self.organisationTabContent.setObjectName(u"organisationTabContent")
        self.organisationTabContentLayout = QVBoxLayout(self.organisationTabContent)
        self.organisationTabContentLayout.setObjectName(u"organisationTabContentLayout")
        self.organisationForm = QFormLayout()
        self.organisationForm.setObjectName(u"organisationForm")
        self.organisationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.organisationTabContent)
        self.nameLabel.setObjectName(u"nameLabel")

        self.organisationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameCell = QVBoxLayout()
        self.nameCell.setSpacing(2)
        self.nameCell.setObjectName(u"nameCell")
        self.nameEdit = QLineEdit(self.organisationTabContent)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameCell.addWidget(self.nameEdit)

        self.nameError = QLabel(self.organisationTabContent)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.nameCell.addWidget(self.nameError)


        self.organisationForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameCell)

        self.addressLabel = QLabel(self.organisationTabContent)
        self.addressLabel.setObjectName(u"addressLabel")

        self.organisationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressCell = QVBoxLayout()
        self.addressCell.setSpacing(2)
        self.addressCell.setObjectName(u"addressCell")
        self.addressEdit = QPlainTextEdit(self.organisationTabContent)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)

        self.addressCell.addWidget(self.addressEdit)

        self.addressError = QLabel(self.organisationTabContent)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)

        self.addressCell.addWidget(self.addressError)


        self.organisationForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.addressCell)

        self.registrationLabel = QLabel(self.organisationTabContent)
        self.registrationLabel.setObjectName(u"registrationLabel")

        self.organisationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.registrationLabel)

        self.registrationCell = QVBoxLayout()
        self.registrationCell.setSpacing(2)
        self.registrationCell.setObjectName(u"registrationCell")
        self.registrationEdit = QLineEdit(self.organisationTabContent)
        self.registrationEdit.setObjectName(u"registrationEdit")

        self.registrationCell.addWidget(self.registrationEdit)

        self.registrationError = QLabel(self.organisationTabContent)
        self.registrationError.setObjectName(u"registrationError")
        self.registrationError.setWordWrap(True)

        self.registrationCell.addWidget(self.registrationError)


        self.organisationForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.registrationCell)

        self.dpoNameLabel = QLabel(self.organisationTabContent)
        self.dpoNameLabel.setObjectName(u"dpoNameLabel")

        self.organisationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dpoNameLabel)

        self.dpoNameCell = QVBoxLayout()
        self.dpoNameCell.setSpacing(2)
        self.dpoNameCell.setObjectName(u"dpoNameCell")
        self.dpoNameEdit = QLineEdit(self.organisationTabContent)
        self.dpoNameEdit.setObjectName(u"dpoNameEdit")

        self.dpoNameCell.addWidget(self.dpoNameEdit)

        self.dpoNameError = QLabel(self.organisationTabContent)
        self.dpoNameError.setObjectName(u"dpoNameError")
        self.dpoNameError.setWordWrap(True)

        self.dpoNameCell.addWidget(self.dpoNameError)


        self.organisationForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.dpoNameCell)

        self.dpoEmailLabel = QLabel(self.organisationTabContent)
        self.dpoEmailLabel.setObjectName(u"dpoEmailLabel")

        self.organisationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dpoEmailLabel)

        self.dpoEmailCell = QVBoxLayout()
        self.dpoEmailCell.setSpacing(2)
        self.dpoEmailCell.setObjectName(u"dpoEmailCell")
        self.dpoEmailEdit = QLineEdit(self.organisationTabContent)
        self.dpoEmailEdit.setObjectName(u"dpoEmailEdit")

        self.dpoEmailCell.addWidget(self.dpoEmailEdit)

        self.dpoEmailError = QLabel(self.organisationTabContent)
        self.dpoEmailError.setObjectName(u"dpoEmailError")
        self.dpoEmailError.setWordWrap(True)

        self.dpoEmailCell.addWidget(self.dpoEmailError)


        self.organisationForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.dpoEmailCell)

        self.dpoPhoneLabel = QLabel(self.organisationTabContent)
        self.dpoPhoneLabel.setObjectName(u"dpoPhoneLabel")

        self.organisationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dpoPhoneLabel)

        self.dpoPhoneCell = QVBoxLayout()
        self.dpoPhoneCell.setSpacing(2)
        self.dpoPhoneCell.setObjectName(u"dpoPhoneCell")
        self.dpoPhoneEdit = QLineEdit(self.organisationTabContent)
        self.dpoPhoneEdit.setObjectName(u"dpoPhoneEdit")

        self.dpoPhoneCell.addWidget(self.dpoPhoneEdit)

        self.dpoPhoneError = QLabel(self.organisationTabContent)
        self.dpoPhoneError.setObjectName(u"dpoPhoneError")
        self.dpoPhoneError.setWordWrap(True)

        self.dpoPhoneCell.addWidget(self.dpoPhoneError)


        self.organisationForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.dpoPhoneCell)

        self.dpoAddressLabel = QLabel(self.organisationTabContent)
        self.dpoAddressLabel.setObjectName(u"dpoAddressLabel")

        self.organisationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dpoAddressLabel)

        self.dpoAddressCell = QVBoxLayout()
        self.dpoAddressCell.setSpacing(2)
        self.dpoAddressCell.setObjectName(u"dpoAddressCell")
        self.dpoAddressEdit = QPlainTextEdit(self.organisationTabContent)
        self.dpoAddressEdit.setObjectName(u"dpoAddressEdit")
        self.dpoAddressEdit.setTabChangesFocus(True)

        self.dpoAddressCell.addWidget(self.dpoAddressEdit)

        self.dpoAddressError = QLabel(self.organisationTabContent)
        self.dpoAddressError.setObjectName(u"dpoAddressError")
        self.dpoAddressError.setWordWrap(True)

        self.dpoAddressCell.addWidget(self.dpoAddressError)


        self.organisationForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.dpoAddressCell)

        self.logoLabel = QLabel(self.organisationTabContent)
        self.logoLabel.setObjectName(u"logoLabel")

        self.organisationForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoCell = QVBoxLayout()
        self.logoCell.setSpacing(2)
        self.logoCell.setObjectName(u"logoCell")
        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logoPreview = QLabel(self.organisationTabContent)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)

        self.logoRow.addWidget(self.logoPreview)

        self.logoButtons = QVBoxLayout()
        self.logoButtons.setObjectName(u"logoButtons")
        self.logoBrowseButton = QPushButton(self.organisationTabContent)
        self.logoBrowseButton.setObjectName(u"logoBrowseButton")
        self.logoBrowseButton.setAutoDefault(False)

        self.logoButtons.addWidget(self.logoBrowseButton)

        self.logoRemoveButton = QPushButton(self.organisationTabContent)
        self.logoRemoveButton.setObjectName(u"logoRemoveButton")
        self.logoRemoveButton.setAutoDefault(False)

        self.logoButtons.addWidget(self.logoRemoveButton)

        self.logoInfo = QLabel(self.organisationTabContent)
        self.logoInfo.setObjectName(u"logoInfo")
        self.logoInfo.setWordWrap(True)
        self.logoInfo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.logoButtons.addWidget(self.logoInfo)

        self.logoButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logoButtons.addItem(self.logoButtonsSpacer)


        self.logoRow.addLayout(self.logoButtons)

        self.logoRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoRow.addItem(self.logoRowSpacer)


        self.logoCell.addLayout(self.logoRow)

        self.logoError = QLabel(self.organisationTabContent)
        self.logoError.setObjectName(u"logoError")
        self.logoError.setWordWrap(True)

        self.logoCell.addWidget(self.logoError)


        self.organisationForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.logoCell)


        self.organisationTabContentLayout.addLayout(self.organisationForm)

        self.organisationTabContentLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.organisationTabContentLayout.addItem(self.organisationTabContentLayoutSpacer)

        self.organisationTabScroll.setWidget(self.organisationTabContent)

        self.organisationTabLayout.addWidget(self.organisationTabScroll)

        self.tabs.addTab(self.organisationTab, "")
        self.deadlinesTab = QWidget()
        self.deadlinesTab.setObjectName(u"deadlinesTab")
        self.deadlinesTabLayout = QVBoxLayout(self.deadlinesTab)
        self.deadlinesTabLayout.setObjectName(u"deadlinesTabLayout")
        self.deadlinesTabLayout.setContentsMargins(0, 0, 0, 0)
        self.deadlinesTabScroll = QScrollArea(self.deadlinesTab)
        self.deadlinesTabScroll.setObjectName(u"deadlinesTabScroll")
        self.deadlinesTabScroll.setWidgetResizable(True)
        self.deadlinesTabScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.deadlinesTabScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.deadlinesTabContent = QWidget()
        self.deadlinesTabContent.setObjectName(u"deadlinesTabContent")
        self.deadlinesTabContentLayout = QVBoxLayout(self.deadlinesTabContent)
        self.deadlinesTabContentLayout.setObjectName(u"deadlinesTabContentLayout")
        self.deadlinesForm = QFormLayout()
        self.deadlinesForm.setObjectName(u"deadlinesForm")
        self.deadlinesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.calendarLabel = QLabel(self.deadlinesTabContent)
        self.calendarLabel.setObjectName(u"calendarLabel")

        self.deadlinesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.calendarLabel)

        self.calendarCell = QVBoxLayout()
        self.calendarCell.setSpacing(2)
        self.calendarCell.setObjectName(u"calendarCell")
        self.calendarRow = QHBoxLayout()
        self.calendarRow.setObjectName(u"calendarRow")
        self.calendarCombo = QComboBox(self.deadlinesTabContent)
        self.calendarCombo.setObjectName(u"calendarCombo")

        self.calendarRow.addWidget(self.calendarCombo)

        self.calendarRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.calendarRow.addItem(self.calendarRowSpacer)


        self.calendarCell.addLayout(self.calendarRow)

        self.calendarNote = QLabel(self.deadlinesTabContent)
        self.calendarNote.setObjectName(u"calendarNote")
        self.calendarNote.setWordWrap(True)
        self.calendarNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.calendarCell.addWidget(self.calendarNote)


        self.deadlinesForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.calendarCell)

        self.suspensionLabel = QLabel(self.deadlinesTabContent)
        self.suspensionLabel.setObjectName(u"suspensionLabel")

        self.deadlinesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.suspensionLabel)

        self.suspensionCell = QVBoxLayout()
        self.suspensionCell.setSpacing(2)
        self.suspensionCell.setObjectName(u"suspensionCell")
        self.suspensionCheck = QCheckBox(self.deadlinesTabContent)
        self.suspensionCheck.setObjectName(u"suspensionCheck")

        self.suspensionCell.addWidget(self.suspensionCheck)

        self.suspensionExample = QLabel(self.deadlinesTabContent)
        self.suspensionExample.setObjectName(u"suspensionExample")
        self.suspensionExample.setWordWrap(True)
        self.suspensionExample.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.suspensionCell.addWidget(self.suspensionExample)


        self.deadlinesForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.suspensionCell)

        self.readingLabel = QLabel(self.deadlinesTabContent)
        self.readingLabel.setObjectName(u"readingLabel")

        self.deadlinesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.readingLabel)

        self.readingCell = QVBoxLayout()
        self.readingCell.setSpacing(2)
        self.readingCell.setObjectName(u"readingCell")
        self.readingReceiptRadio = QRadioButton(self.deadlinesTabContent)
        self.readingReceiptRadio.setObjectName(u"readingReceiptRadio")

        self.readingCell.addWidget(self.readingReceiptRadio)

        self.readingReceiptExample = QLabel(self.deadlinesTabContent)
        self.readingReceiptExample.setObjectName(u"readingReceiptExample")
        self.readingReceiptExample.setWordWrap(True)
        self.readingReceiptExample.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.readingCell.addWidget(self.readingReceiptExample)

        self.readingCarefulRadio = QRadioButton(self.deadlinesTabContent)
        self.readingCarefulRadio.setObjectName(u"readingCarefulRadio")

        self.readingCell.addWidget(self.readingCarefulRadio)

        self.readingCarefulExample = QLabel(self.deadlinesTabContent)
        self.readingCarefulExample.setObjectName(u"readingCarefulExample")
        self.readingCarefulExample.setWordWrap(True)
        self.readingCarefulExample.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.readingCell.addWidget(self.readingCarefulExample)


        self.deadlinesForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.readingCell)

        self.reminderLabel = QLabel(self.deadlinesTabContent)
        self.reminderLabel.setObjectName(u"reminderLabel")

        self.deadlinesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reminderLabel)

        self.reminderCell = QVBoxLayout()
        self.reminderCell.setSpacing(2)
        self.reminderCell.setObjectName(u"reminderCell")
        self.reminderRow = QHBoxLayout()
        self.reminderRow.setObjectName(u"reminderRow")
        self.reminderSpin = QSpinBox(self.deadlinesTabContent)
        self.reminderSpin.setObjectName(u"reminderSpin")
        self.reminderSpin.setMinimum(1)
        self.reminderSpin.setMaximum(90)

        self.reminderRow.addWidget(self.reminderSpin)

        self.reminderRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reminderRow.addItem(self.reminderRowSpacer)


        self.reminderCell.addLayout(self.reminderRow)

        self.reminderNote = QLabel(self.deadlinesTabContent)
        self.reminderNote.setObjectName(u"reminderNote")
        self.reminderNote.setWordWrap(True)
        self.reminderNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reminderCell.addWidget(self.reminderNote)

        self.reminderError = QLabel(self.deadlinesTabContent)
        self.reminderError.setObjectName(u"reminderError")
        self.reminderError.setWordWrap(True)

        self.reminderCell.addWidget(self.reminderError)


        self.deadlinesForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.reminderCell)

        self.ownerTaskLabel = QLabel(self.deadlinesTabContent)
        self.ownerTaskLabel.setObjectName(u"ownerTaskLabel")

        self.deadlinesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ownerTaskLabel)

        self.ownerTaskCell = QVBoxLayout()
        self.ownerTaskCell.setSpacing(2)
        self.ownerTaskCell.setObjectName(u"ownerTaskCell")
        self.ownerTaskRow = QHBoxLayout()
        self.ownerTaskRow.setObjectName(u"ownerTaskRow")
        self.ownerTaskSpin = QSpinBox(self.deadlinesTabContent)
        self.ownerTaskSpin.setObjectName(u"ownerTaskSpin")
        self.ownerTaskSpin.setMinimum(1)
        self.ownerTaskSpin.setMaximum(60)

        self.ownerTaskRow.addWidget(self.ownerTaskSpin)

        self.ownerTaskRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ownerTaskRow.addItem(self.ownerTaskRowSpacer)


        self.ownerTaskCell.addLayout(self.ownerTaskRow)

        self.ownerTaskNote = QLabel(self.deadlinesTabContent)
        self.ownerTaskNote.setObjectName(u"ownerTaskNote")
        self.ownerTaskNote.setWordWrap(True)
        self.ownerTaskNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.ownerTaskCell.addWidget(self.ownerTaskNote)

        self.ownerTaskError = QLabel(self.deadlinesTabContent)
        self.ownerTaskError.setObjectName(u"ownerTaskError")
        self.ownerTaskError.setWordWrap(True)

        self.ownerTaskCell.addWidget(self.ownerTaskError)


        self.deadlinesForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.ownerTaskCell)


        self.deadlinesTabContentLayout.addLayout(self.deadlinesForm)

        self.deadlinesTabContentLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.deadlinesTabContentLayout.addItem(self.deadlinesTabContentLayoutSpacer)

        self.deadlinesTabScroll.setWidget(self.deadlinesTabContent)

        self.deadlinesTabLayout.addWidget(self.deadlinesTabScroll)

        self.tabs.addTab(self.deadlinesTab, "")
        self.keepingTab = QWidget()
        self.keepingTab.setObjectName(u"keepingTab")
        self.keepingTabLayout = QVBoxLayout(self.keepingTab)
        self.keepingTabLayout.setObjectName(u"keepingTabLayout")
        self.keepingTabLayout.setContentsMargins(0, 0, 0, 0)
        self.keepingTabScroll = QScrollArea(self.keepingTab)
        self.keepingTabScroll.setObjectName(u"keepingTabScroll")
        self.keepingTabScroll.setWidgetResizable(True)
        self.keepingTabScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.keepingTabScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.keepingTabContent = QWidget()
        self.keepingTabContent.setObjectName(u"keepingTabContent")
        self.keepingTabContentLayout = QVBoxLayout(self.keepingTabContent)
        self.keepingTabContentLayout.setObjectName(u"keepingTabContentLayout")
        self.keepingForm = QFormLayout()
        self.keepingForm.setObjectName(u"keepingForm")
        self.keepingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.closedRetentionLabel = QLabel(self.keepingTabContent)
        self.closedRetentionLabel.setObjectName(u"closedRetentionLabel")

        self.keepingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.closedRetentionLabel)

        self.closedRetentionCell = QVBoxLayout()
        self.closedRetentionCell.setSpacing(2)
        self.closedRetentionCell.setObjectName(u"closedRetentionCell")
        self.closedRetentionRow = QHBoxLayout()
        self.closedRetentionRow.setObjectName(u"closedRetentionRow")
        self.closedRetentionSpin = QSpinBox(self.keepingTabContent)
        self.closedRetentionSpin.setObjectName(u"closedRetentionSpin")
        self.closedRetentionSpin.setMinimum(1)
        self.closedRetentionSpin.setMaximum(30)

        self.closedRetentionRow.addWidget(self.closedRetentionSpin)

        self.closedRetentionRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closedRetentionRow.addItem(self.closedRetentionRowSpacer)


        self.closedRetentionCell.addLayout(self.closedRetentionRow)

        self.closedRetentionNote = QLabel(self.keepingTabContent)
        self.closedRetentionNote.setObjectName(u"closedRetentionNote")
        self.closedRetentionNote.setWordWrap(True)
        self.closedRetentionNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.closedRetentionCell.addWidget(self.closedRetentionNote)

        self.closedRetentionError = QLabel(self.keepingTabContent)
        self.closedRetentionError.setObjectName(u"closedRetentionError")
        self.closedRetentionError.setWordWrap(True)

        self.closedRetentionCell.addWidget(self.closedRetentionError)


        self.keepingForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.closedRetentionCell)

        self.journalRetentionLabel = QLabel(self.keepingTabContent)
        self.journalRetentionLabel.setObjectName(u"journalRetentionLabel")

        self.keepingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.journalRetentionLabel)

        self.journalRetentionCell = QVBoxLayout()
        self.journalRetentionCell.setSpacing(2)
        self.journalRetentionCell.setObjectName(u"journalRetentionCell")
        self.journalRetentionRow = QHBoxLayout()
        self.journalRetentionRow.setObjectName(u"journalRetentionRow")
        self.journalRetentionSpin = QSpinBox(self.keepingTabContent)
        self.journalRetentionSpin.setObjectName(u"journalRetentionSpin")
        self.journalRetentionSpin.setMinimum(1)
        self.journalRetentionSpin.setMaximum(100)

        self.journalRetentionRow.addWidget(self.journalRetentionSpin)

        self.journalRetentionRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.journalRetentionRow.addItem(self.journalRetentionRowSpacer)


        self.journalRetentionCell.addLayout(self.journalRetentionRow)

        self.journalRetentionNote = QLabel(self.keepingTabContent)
        self.journalRetentionNote.setObjectName(u"journalRetentionNote")
        self.journalRetentionNote.setWordWrap(True)
        self.journalRetentionNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.journalRetentionCell.addWidget(self.journalRetentionNote)

        self.journalRetentionError = QLabel(self.keepingTabContent)
        self.journalRetentionError.setObjectName(u"journalRetentionError")
        self.journalRetentionError.setWordWrap(True)

        self.journalRetentionCell.addWidget(self.journalRetentionError)


        self.keepingForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.journalRetentionCell)

        self.gatheredDataLabel = QLabel(self.keepingTabContent)
        self.gatheredDataLabel.setObjectName(u"gatheredDataLabel")

        self.keepingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gatheredDataLabel)

        self.gatheredDataCell = QVBoxLayout()
        self.gatheredDataCell.setSpacing(2)
        self.gatheredDataCell.setObjectName(u"gatheredDataCell")
        self.gatheredDataRow = QHBoxLayout()
        self.gatheredDataRow.setObjectName(u"gatheredDataRow")
        self.gatheredDataSpin = QSpinBox(self.keepingTabContent)
        self.gatheredDataSpin.setObjectName(u"gatheredDataSpin")
        self.gatheredDataSpin.setMinimum(0)
        self.gatheredDataSpin.setMaximum(365)

        self.gatheredDataRow.addWidget(self.gatheredDataSpin)

        self.gatheredDataRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gatheredDataRow.addItem(self.gatheredDataRowSpacer)


        self.gatheredDataCell.addLayout(self.gatheredDataRow)

        self.gatheredDataNote = QLabel(self.keepingTabContent)
        self.gatheredDataNote.setObjectName(u"gatheredDataNote")
        self.gatheredDataNote.setWordWrap(True)
        self.gatheredDataNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.gatheredDataCell.addWidget(self.gatheredDataNote)

        self.gatheredDataError = QLabel(self.keepingTabContent)
        self.gatheredDataError.setObjectName(u"gatheredDataError")
        self.gatheredDataError.setWordWrap(True)

        self.gatheredDataCell.addWidget(self.gatheredDataError)


        self.keepingForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.gatheredDataCell)

        self.suppressionLabel = QLabel(self.keepingTabContent)
        self.suppressionLabel.setObjectName(u"suppressionLabel")

        self.keepingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.suppressionLabel)

        self.suppressionCell = QVBoxLayout()
        self.suppressionCell.setSpacing(2)
        self.suppressionCell.setObjectName(u"suppressionCell")
        self.suppressionRow = QHBoxLayout()
        self.suppressionRow.setObjectName(u"suppressionRow")
        self.suppressionSpin = QSpinBox(self.keepingTabContent)
        self.suppressionSpin.setObjectName(u"suppressionSpin")
        self.suppressionSpin.setMinimum(1)
        self.suppressionSpin.setMaximum(10)

        self.suppressionRow.addWidget(self.suppressionSpin)

        self.suppressionRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.suppressionRow.addItem(self.suppressionRowSpacer)


        self.suppressionCell.addLayout(self.suppressionRow)

        self.suppressionNote = QLabel(self.keepingTabContent)
        self.suppressionNote.setObjectName(u"suppressionNote")
        self.suppressionNote.setWordWrap(True)
        self.suppressionNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.suppressionCell.addWidget(self.suppressionNote)

        self.suppressionError = QLabel(self.keepingTabContent)
        self.suppressionError.setObjectName(u"suppressionError")
        self.suppressionError.setWordWrap(True)

        self.suppressionCell.addWidget(self.suppressionError)


        self.keepingForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.suppressionCell)

        self.exportFolderLabel = QLabel(self.keepingTabContent)
        self.exportFolderLabel.setObjectName(u"exportFolderLabel")

        self.keepingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.exportFolderLabel)

        self.exportFolderCell = QVBoxLayout()
        self.exportFolderCell.setSpacing(2)
        self.exportFolderCell.setObjectName(u"exportFolderCell")
        self.exportFolderRow = QHBoxLayout()
        self.exportFolderRow.setObjectName(u"exportFolderRow")
        self.exportFolderEdit = QLineEdit(self.keepingTabContent)
        self.exportFolderEdit.setObjectName(u"exportFolderEdit")

        self.exportFolderRow.addWidget(self.exportFolderEdit)

        self.exportBrowseButton = QPushButton(self.keepingTabContent)
        self.exportBrowseButton.setObjectName(u"exportBrowseButton")
        self.exportBrowseButton.setAutoDefault(False)

        self.exportFolderRow.addWidget(self.exportBrowseButton)


        self.exportFolderCell.addLayout(self.exportFolderRow)

        self.exportFolderNote = QLabel(self.keepingTabContent)
        self.exportFolderNote.setObjectName(u"exportFolderNote")
        self.exportFolderNote.setWordWrap(True)
        self.exportFolderNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.exportFolderCell.addWidget(self.exportFolderNote)

        self.exportFolderError = QLabel(self.keepingTabContent)
        self.exportFolderError.setObjectName(u"exportFolderError")
        self.exportFolderError.setWordWrap(True)

        self.exportFolderCell.addWidget(self.exportFolderError)


        self.keepingForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.exportFolderCell)

        self.backupFolderLabel = QLabel(self.keepingTabContent)
        self.backupFolderLabel.setObjectName(u"backupFolderLabel")

        self.keepingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.backupFolderLabel)

        self.backupFolderCell = QVBoxLayout()
        self.backupFolderCell.setSpacing(2)
        self.backupFolderCell.setObjectName(u"backupFolderCell")
        self.backupFolderRow = QHBoxLayout()
        self.backupFolderRow.setObjectName(u"backupFolderRow")
        self.backupFolderEdit = QLineEdit(self.keepingTabContent)
        self.backupFolderEdit.setObjectName(u"backupFolderEdit")

        self.backupFolderRow.addWidget(self.backupFolderEdit)

        self.backupBrowseButton = QPushButton(self.keepingTabContent)
        self.backupBrowseButton.setObjectName(u"backupBrowseButton")
        self.backupBrowseButton.setAutoDefault(False)

        self.backupFolderRow.addWidget(self.backupBrowseButton)


        self.backupFolderCell.addLayout(self.backupFolderRow)

        self.backupFolderNote = QLabel(self.keepingTabContent)
        self.backupFolderNote.setObjectName(u"backupFolderNote")
        self.backupFolderNote.setWordWrap(True)
        self.backupFolderNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backupFolderCell.addWidget(self.backupFolderNote)

        self.backupFolderError = QLabel(self.keepingTabContent)
        self.backupFolderError.setObjectName(u"backupFolderError")
        self.backupFolderError.setWordWrap(True)

        self.backupFolderCell.addWidget(self.backupFolderError)


        self.keepingForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.backupFolderCell)

        self.backupKeepLabel = QLabel(self.keepingTabContent)
        self.backupKeepLabel.setObjectName(u"backupKeepLabel")

        self.keepingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.backupKeepLabel)

        self.backupKeepCell = QVBoxLayout()
        self.backupKeepCell.setSpacing(2)
        self.backupKeepCell.setObjectName(u"backupKeepCell")
        self.backupKeepRow = QHBoxLayout()
        self.backupKeepRow.setObjectName(u"backupKeepRow")
        self.backupKeepSpin = QSpinBox(self.keepingTabContent)
        self.backupKeepSpin.setObjectName(u"backupKeepSpin")
        self.backupKeepSpin.setMinimum(1)
        self.backupKeepSpin.setMaximum(365)

        self.backupKeepRow.addWidget(self.backupKeepSpin)

        self.backupKeepRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupKeepRow.addItem(self.backupKeepRowSpacer)


        self.backupKeepCell.addLayout(self.backupKeepRow)

        self.backupKeepNote = QLabel(self.keepingTabContent)
        self.backupKeepNote.setObjectName(u"backupKeepNote")
        self.backupKeepNote.setWordWrap(True)
        self.backupKeepNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backupKeepCell.addWidget(self.backupKeepNote)

        self.backupKeepError = QLabel(self.keepingTabContent)
        self.backupKeepError.setObjectName(u"backupKeepError")
        self.backupKeepError.setWordWrap(True)

        self.backupKeepCell.addWidget(self.backupKeepError)


        self.keepingForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.backupKeepCell)

        self.backupWarnLabel = QLabel(self.keepingTabContent)
        self.backupWarnLabel.setObjectName(u"backupWarnLabel")

        self.keepingForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.backupWarnLabel)

        self.backupWarnCell = QVBoxLayout()
        self.backupWarnCell.setSpacing(2)
        self.backupWarnCell.setObjectName(u"backupWarnCell")
        self.backupWarnRow = QHBoxLayout()
        self.backupWarnRow.setObjectName(u"backupWarnRow")
        self.backupWarnSpin = QSpinBox(self.keepingTabContent)
        self.backupWarnSpin.setObjectName(u"backupWarnSpin")
        self.backupWarnSpin.setMinimum(1)
        self.backupWarnSpin.setMaximum(30)

        self.backupWarnRow.addWidget(self.backupWarnSpin)

        self.backupWarnRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupWarnRow.addItem(self.backupWarnRowSpacer)


        self.backupWarnCell.addLayout(self.backupWarnRow)

        self.backupWarnNote = QLabel(self.keepingTabContent)
        self.backupWarnNote.setObjectName(u"backupWarnNote")
        self.backupWarnNote.setWordWrap(True)
        self.backupWarnNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backupWarnCell.addWidget(self.backupWarnNote)

        self.backupWarnError = QLabel(self.keepingTabContent)
        self.backupWarnError.setObjectName(u"backupWarnError")
        self.backupWarnError.setWordWrap(True)

        self.backupWarnCell.addWidget(self.backupWarnError)


        self.keepingForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.backupWarnCell)


        self.keepingTabContentLayout.addLayout(self.keepingForm)

        self.keepingTabContentLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.keepingTabContentLayout.addItem(self.keepingTabContentLayoutSpacer)

        self.keepingTabScroll.setWidget(self.keepingTabContent)

        self.keepingTabLayout.addWidget(self.keepingTabScroll)

        self.tabs.addTab(self.keepingTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.generalError = QLabel(SettingsDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.registrationLabel.setBuddy(self.registrationEdit)
        self.dpoNameLabel.setBuddy(self.dpoNameEdit)
        self.dpoEmailLabel.setBuddy(self.dpoEmailEdit)
        self.dpoPhoneLabel.setBuddy(self.dpoPhoneEdit)
        self.dpoAddressLabel.setBuddy(self.dpoAddressEdit)
        self.logoLabel.setBuddy(self.logoBrowseButton)
        self.calendarLabel.setBuddy(self.calendarCombo)
        self.readingLabel.setBuddy(self.readingReceiptRadio)
        self.reminderLabel.setBuddy(self.reminderSpin)
        self.ownerTaskLabel.setBuddy(self.ownerTaskSpin)
        self.closedRetentionLabel.setBuddy(self.closedRetentionSpin)
        self.journalRetentionLabel.setBuddy(self.journalRetentionSpin)
        self.gatheredDataLabel.setBuddy(self.gatheredDataSpin)
        self.suppressionLabel.setBuddy(self.suppressionSpin)
        self.exportFolderLabel.setBuddy(self.exportFolderEdit)
        self.backupFolderLabel.setBuddy(self.backupFolderEdit)
        self.backupKeepLabel.setBuddy(self.backupKeepSpin)
        self.backupWarnLabel.setBuddy(self.backupWarnSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.registrationEdit)
        QWidget.setTabOrder(self.registrationEdit, self.dpoNameEdit)
        QWidget.setTabOrder(self.dpoNameEdit, self.dpoEmailEdit)
        QWidget.setTabOrder(self.dpoEmailEdit, self.dpoPhoneEdit)
        QWidget.setTabOrder(self.dpoPhoneEdit, self.dpoAddressEdit)
        QWidget.setTabOrder(self.dpoAddressEdit, self.logoBrowseButton)
        QWidget.setTabOrder(self.logoBrowseButton, self.logoRemoveButton)
        QWidget.setTabOrder(self.logoRemoveButton, self.calendarCombo)
        QWidget.setTabOrder(self.calendarCombo, self.suspensionCheck)
        QWidget.setTabOrder(self.suspensionCheck, self.readingReceiptRadio)
        QWidget.setTabOrder(self.readingReceiptRadio, self.readingCarefulRadio)
        QWidget.setTabOrder(self.readingCarefulRadio, self.reminderSpin)
        QWidget.setTabOrder(self.reminderSpin, self.ownerTaskSpin)
        QWidget.setTabOrder(self.ownerTaskSpin, self.closedRetentionSpin)
        QWidget.setTabOrder(self.closedRetentionSpin, self.journalRetentionSpin)
        QWidget.setTabOrder(self.journalRetentionSpin, self.gatheredDataSpin)
        QWidget.setTabOrder(self.gatheredDataSpin, self.suppressionSpin)
        QWidget.setTabOrder(self.suppressionSpin, self.exportFolderEdit)
        QWidget.setTabOrder(self.exportFolderEdit, self.exportBrowseButton)
        QWidget.setTabOrder(self.exportBrowseButton, self.backupFolderEdit)
        QWidget.setTabOrder(self.backupFolderEdit, self.backupBrowseButton)
        QWidget.setTabOrder(self.backupBrowseButton, self.backupKeepSpin)
        QWidget.setTabOrder(self.backupKeepSpin, self.backupWarnSpin)

        self.retranslateUi(SettingsDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"R\u00e9glages \u2014 OKLIMA DPO", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Rubriques des r\u00e9glages", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Raison so&ciale\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Raison sociale", None))
#endif // QT_CONFIG(accessibility)
        self.nameError.setText("")
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Adresse du si\u00e8ge\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Adresse du si\u00e8ge", None))
#endif // QT_CONFIG(accessibility)
        self.addressError.setText("")
#if QT_CONFIG(accessibility)
        self.addressError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.registrationLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Immatriculation\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.registrationEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Immatriculation (SIREN, RCS)", None))
#endif // QT_CONFIG(accessibility)
        self.registrationEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"SIREN, RCS\u2026", None))
        self.registrationError.setText("")
#if QT_CONFIG(accessibility)
        self.registrationError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.dpoNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Nom du DPO\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.dpoNameEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Nom du DPO", None))
#endif // QT_CONFIG(accessibility)
        self.dpoNameError.setText("")
#if QT_CONFIG(accessibility)
        self.dpoNameError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.dpoEmailLabel.setText(QCoreApplication.translate("SettingsDialog", u"E-&mail du DPO\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.dpoEmailEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"E-mail du DPO", None))
#endif // QT_CONFIG(accessibility)
        self.dpoEmailEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"dpo@exemple.fr", None))
        self.dpoEmailError.setText("")
#if QT_CONFIG(accessibility)
        self.dpoEmailError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.dpoPhoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"&T\u00e9l\u00e9phone du DPO\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.dpoPhoneEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"T\u00e9l\u00e9phone du DPO", None))
#endif // QT_CONFIG(accessibility)
        self.dpoPhoneEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"01 23 45 67 89", None))
        self.dpoPhoneError.setText("")
#if QT_CONFIG(accessibility)
        self.dpoPhoneError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.dpoAddressLabel.setText(QCoreApplication.translate("SettingsDialog", u"Adresse &postale du DPO\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.dpoAddressEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Adresse postale du DPO", None))
#endif // QT_CONFIG(accessibility)
        self.dpoAddressError.setText("")
#if QT_CONFIG(accessibility)
        self.dpoAddressError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.logoLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Logo\u00a0:", None))
        self.logoPreview.setText(QCoreApplication.translate("SettingsDialog", u"Aucun logo", None))
#if QT_CONFIG(accessibility)
        self.logoPreview.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Aper\u00e7u du logo", None))
#endif // QT_CONFIG(accessibility)
        self.logoBrowseButton.setText(QCoreApplication.translate("SettingsDialog", u"Parco&urir\u2026", None))
#if QT_CONFIG(accessibility)
        self.logoBrowseButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Choisir le fichier du logo", None))
#endif // QT_CONFIG(accessibility)
        self.logoRemoveButton.setText(QCoreApplication.translate("SettingsDialog", u"&Retirer", None))
#if QT_CONFIG(accessibility)
        self.logoRemoveButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Retirer le logo", None))
#endif // QT_CONFIG(accessibility)
        self.logoInfo.setText(QCoreApplication.translate("SettingsDialog", u"PNG, JPEG ou SVG, 512 Ko au plus.", None))
        self.logoError.setText("")
#if QT_CONFIG(accessibility)
        self.logoError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.organisationTab), QCoreApplication.translate("SettingsDialog", u"&Organisation", None))
        self.calendarLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Calendrier des jours f\u00e9ri\u00e9s\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.calendarCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Calendrier des jours f\u00e9ri\u00e9s", None))
#endif // QT_CONFIG(accessibility)
        self.calendarNote.setText("")
        self.suspensionLabel.setText(QCoreApplication.translate("SettingsDialog", u"Suspension\u00a0:", None))
        self.suspensionCheck.setText(QCoreApplication.translate("SettingsDialog", u"Suspendre le d\u00e9lai pendant l\u2019attente d\u2019in&formations", None))
#if QT_CONFIG(accessibility)
        self.suspensionCheck.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Suspendre le d\u00e9lai pendant l\u2019attente d\u2019informations", None))
#endif // QT_CONFIG(accessibility)
        self.suspensionExample.setText("")
        self.readingLabel.setText(QCoreApplication.translate("SettingsDialog", u"Lecture de la prolon&gation\u00a0:", None))
        self.readingReceiptRadio.setText(QCoreApplication.translate("SettingsDialog", u"R\u00e9ception + trois mois (lecture courante)", None))
#if QT_CONFIG(accessibility)
        self.readingReceiptRadio.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Prolongation\u00a0: r\u00e9ception + trois mois", None))
#endif // QT_CONFIG(accessibility)
        self.readingReceiptExample.setText("")
        self.readingCarefulRadio.setText(QCoreApplication.translate("SettingsDialog", u"Premier d\u00e9lai avant report + deux mois (lecture prudente)", None))
#if QT_CONFIG(accessibility)
        self.readingCarefulRadio.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Prolongation\u00a0: premier d\u00e9lai avant report + deux mois", None))
#endif // QT_CONFIG(accessibility)
        self.readingCarefulExample.setText("")
        self.reminderLabel.setText(QCoreApplication.translate("SettingsDialog", u"Relancer &apr\u00e8s\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.reminderSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Relance apr\u00e8s combien de jours sans r\u00e9ponse", None))
#endif // QT_CONFIG(accessibility)
        self.reminderNote.setText("")
        self.reminderError.setText("")
#if QT_CONFIG(accessibility)
        self.reminderError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.ownerTaskLabel.setText(QCoreApplication.translate("SettingsDialog", u"T\u00e2ches des &propri\u00e9taires\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.ownerTaskSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"R\u00e9ponse attendue des propri\u00e9taires des syst\u00e8mes sous combien de jours", None))
#endif // QT_CONFIG(accessibility)
        self.ownerTaskNote.setText("")
        self.ownerTaskError.setText("")
#if QT_CONFIG(accessibility)
        self.ownerTaskError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.deadlinesTab), QCoreApplication.translate("SettingsDialog", u"&D\u00e9lais", None))
        self.closedRetentionLabel.setText(QCoreApplication.translate("SettingsDialog", u"Demandes &closes conserv\u00e9es\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.closedRetentionSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Dur\u00e9e de conservation des demandes closes, en ann\u00e9es", None))
#endif // QT_CONFIG(accessibility)
        self.closedRetentionNote.setText(QCoreApplication.translate("SettingsDialog", u"Au-del\u00e0, le dossier est purg\u00e9\u00a0; seules restent des statistiques anonymes.", None))
        self.closedRetentionError.setText("")
#if QT_CONFIG(accessibility)
        self.closedRetentionError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.journalRetentionLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Journal conserv\u00e9\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.journalRetentionSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Dur\u00e9e de conservation du journal, en ann\u00e9es", None))
#endif // QT_CONFIG(accessibility)
        self.journalRetentionNote.setText(QCoreApplication.translate("SettingsDialog", u"Un an au moins.", None))
        self.journalRetentionError.setText("")
#if QT_CONFIG(accessibility)
        self.journalRetentionError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.gatheredDataLabel.setText(QCoreApplication.translate("SettingsDialog", u"Donn\u00e9es rassembl\u00e9es &purg\u00e9es\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.gatheredDataSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"D\u00e9lai de purge des donn\u00e9es rassembl\u00e9es apr\u00e8s la r\u00e9ponse, en jours", None))
#endif // QT_CONFIG(accessibility)
        self.gatheredDataNote.setText(QCoreApplication.translate("SettingsDialog", u"Apr\u00e8s l\u2019envoi de la r\u00e9ponse, les copies des donn\u00e9es de la personne sont effac\u00e9es de la base\u00a0; restent les empreintes, les comptes et les d\u00e9cisions.", None))
        self.gatheredDataError.setText("")
#if QT_CONFIG(accessibility)
        self.gatheredDataError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.suppressionLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Liste d\u2019opposition\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.suppressionSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Dur\u00e9e d\u2019inscription sur la liste d\u2019opposition \u00e0 la prospection, en ann\u00e9es", None))
#endif // QT_CONFIG(accessibility)
        self.suppressionNote.setText(QCoreApplication.translate("SettingsDialog", u"Une personne oppos\u00e9e \u00e0 la prospection n\u2019est plus sollicit\u00e9e pendant cette dur\u00e9e (3 ans recommand\u00e9s).", None))
        self.suppressionError.setText("")
#if QT_CONFIG(accessibility)
        self.suppressionError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.exportFolderLabel.setText(QCoreApplication.translate("SettingsDialog", u"Dossier d\u2019e&xport\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.exportFolderEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Dossier d\u2019export", None))
#endif // QT_CONFIG(accessibility)
        self.exportBrowseButton.setText(QCoreApplication.translate("SettingsDialog", u"Parcou&rir\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportBrowseButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Choisir le dossier d\u2019export", None))
#endif // QT_CONFIG(accessibility)
        self.exportFolderNote.setText("")
        self.exportFolderError.setText("")
#if QT_CONFIG(accessibility)
        self.exportFolderError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.backupFolderLabel.setText(QCoreApplication.translate("SettingsDialog", u"Dossier des &sauvegardes\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.backupFolderEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Dossier des sauvegardes", None))
#endif // QT_CONFIG(accessibility)
        self.backupBrowseButton.setText(QCoreApplication.translate("SettingsDialog", u"Parco&urir\u2026", None))
#if QT_CONFIG(accessibility)
        self.backupBrowseButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Choisir le dossier des sauvegardes", None))
#endif // QT_CONFIG(accessibility)
        self.backupFolderNote.setText(QCoreApplication.translate("SettingsDialog", u"Vide\u00a0: \u00ab\u00a0sauvegardes\u00a0\u00bb \u00e0 c\u00f4t\u00e9 de la base de cas. Un partage r\u00e9seau ou un disque externe prot\u00e8ge aussi de la perte du poste. Une sauvegarde chiffr\u00e9e est faite au premier d\u00e9marrage du jour et \u00e0 la fermeture.", None))
        self.backupFolderError.setText("")
#if QT_CONFIG(accessibility)
        self.backupFolderError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.backupKeepLabel.setText(QCoreApplication.translate("SettingsDialog", u"Sauvegardes gar&d\u00e9es\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.backupKeepSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Nombre de sauvegardes de cette base gard\u00e9es dans le dossier", None))
#endif // QT_CONFIG(accessibility)
        self.backupKeepNote.setText(QCoreApplication.translate("SettingsDialog", u"Les plus anciennes de cette base au-del\u00e0 de ce nombre sont retir\u00e9es apr\u00e8s chaque sauvegarde.", None))
        self.backupKeepError.setText("")
#if QT_CONFIG(accessibility)
        self.backupKeepError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.backupWarnLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Alerte de sauvegarde apr\u00e8s\u00a0:", None))
#if QT_CONFIG(accessibility)
        self.backupWarnSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Jours sans sauvegarde avant l\u2019alerte du tableau de bord", None))
#endif // QT_CONFIG(accessibility)
        self.backupWarnNote.setText(QCoreApplication.translate("SettingsDialog", u"Le tableau de bord signale en rouge une derni\u00e8re sauvegarde plus ancienne.", None))
        self.backupWarnError.setText("")
#if QT_CONFIG(accessibility)
        self.backupWarnError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.keepingTab), QCoreApplication.translate("SettingsDialog", u"Conser&vation et exports", None))
        self.generalError.setText("")
#if QT_CONFIG(accessibility)
        self.generalError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

