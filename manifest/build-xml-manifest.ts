// The XML add-in manifest (MailApp, VersionOverrides 1.1) for Outlook clients that cannot take the
// unified manifest — Outlook on Mac, classic Outlook without a Microsoft 365 subscription. Built from
// the same events, names and files as manifest.json; it carries the add-in only, no bot or tabs,
// under its own id (see xml-addin-id.ts).
import { NOTICE_ICON_ID } from '../addin/launchevent/handler-names';
import {
  ADDIN_EVENTS,
  MAILBOX_MIN_VERSION,
  TASKPANE_BUTTONS,
  XML_SEND_MODE,
} from './addin-surface';
import type { PackageInput } from './build-manifest';
import { hostedUrls, type AddinIconSize } from './package-layout';
import { EN, NL, type PackageTexts } from './package-texts';
import { webApplicationInfo } from './web-application-info';
import { xmlAddinId } from './xml-addin-id';
import { element as el, renderXmlDocument, type XmlElement } from './xml-element';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  mailappor: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.0',
  overrides: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  overrides11: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
};

const XML_LOCALES = { default: 'nl-NL', english: 'en-US' } as const;

/** Resource ids (at most 32 characters) the manifest's elements point to. */
const XML_RESOURCE_IDS = {
  eventsPage: 'WebViewRuntime.Url',
  eventsScript: 'JSRuntime.Url',
  taskpane: 'Taskpane.Url',
  icon: (size: AddinIconSize) => (size === 16 ? NOTICE_ICON_ID : `privacywacht-icon-${size}`),
};

const BUTTON_ICON_SIZES = [16, 32, 80] as const;

export function buildXmlManifest({ config, environment, version }: PackageInput): string {
  const { appId, publicUrl } = environment;
  const singleSignOn = webApplicationInfo(config, environment);
  const urls = hostedUrls(publicUrl);
  const localized = (tag: string, pick: (texts: PackageTexts) => string) =>
    el(
      tag,
      { DefaultValue: pick(NL) },
      el('Override', { Locale: XML_LOCALES.english, Value: pick(EN) }),
    );
  const string = (id: string, pick: (texts: PackageTexts) => string) =>
    el(
      'bt:String',
      { id, DefaultValue: pick(NL) },
      el('bt:Override', { Locale: XML_LOCALES.english, Value: pick(EN) }),
    );
  const resource = (tag: string, id: string, url: string) => el(tag, { id, DefaultValue: url });

  const root = el(
    'OfficeApp',
    {
      xmlns: NS.app,
      'xmlns:xsi': NS.xsi,
      'xmlns:bt': NS.bt,
      'xmlns:mailappor': NS.mailappor,
      'xsi:type': 'MailApp',
    },
    el('Id', {}, xmlAddinId(appId)),
    el('Version', {}, version.xml),
    el('ProviderName', {}, config.organisation.name),
    el('DefaultLocale', {}, XML_LOCALES.default),
    localized('DisplayName', (texts) => texts.xmlAddinName),
    localized('Description', (texts) => texts.shortDescription),
    el('IconUrl', { DefaultValue: urls.icon(64) }),
    el('HighResolutionIconUrl', { DefaultValue: urls.icon(128) }),
    el('SupportUrl', { DefaultValue: urls.tab('policy') }),
    el('AppDomains', {}, el('AppDomain', {}, publicUrl)),
    el('Hosts', {}, el('Host', { Name: 'Mailbox' })),
    el('Requirements', {}, el('Sets', {}, el('Set', { Name: 'Mailbox', MinVersion: '1.1' }))),
    el(
      'FormSettings',
      {},
      el(
        'Form',
        { 'xsi:type': 'ItemRead' },
        el(
          'DesktopSettings',
          {},
          el('SourceLocation', { DefaultValue: urls.taskpane }),
          el('RequestedHeight', {}, '250'),
        ),
      ),
    ),
    // Read and change the draft: recipients to Bcc, numbers masked, the encryption marking.
    el('Permissions', {}, 'ReadWriteItem'),
    el(
      'Rule',
      { 'xsi:type': 'RuleCollection', Mode: 'Or' },
      el('Rule', { 'xsi:type': 'ItemIs', ItemType: 'Message', FormType: 'Edit' }),
      el('Rule', { 'xsi:type': 'ItemIs', ItemType: 'Message', FormType: 'Read' }),
    ),
    el('DisableEntityHighlighting', {}, 'false'),
    el(
      'VersionOverrides',
      { xmlns: NS.overrides, 'xsi:type': 'VersionOverridesV1_0' },
      el(
        'VersionOverrides',
        { xmlns: NS.overrides11, 'xsi:type': 'VersionOverridesV1_1' },
        el(
          'Requirements',
          {},
          el(
            'bt:Sets',
            { DefaultMinVersion: MAILBOX_MIN_VERSION },
            el('bt:Set', { Name: 'Mailbox' }),
          ),
        ),
        el(
          'Hosts',
          {},
          el(
            'Host',
            { 'xsi:type': 'MailHost' },
            // The page for the web, new Outlook and Mac; the script alone for classic Outlook.
            el(
              'Runtimes',
              {},
              el(
                'Runtime',
                { resid: XML_RESOURCE_IDS.eventsPage },
                el('Override', { type: 'javascript', resid: XML_RESOURCE_IDS.eventsScript }),
              ),
            ),
            el(
              'DesktopFormFactor',
              {},
              commandSurface('MessageComposeCommandSurface', TASKPANE_BUTTONS.compose, 'Compose'),
              commandSurface('MessageReadCommandSurface', TASKPANE_BUTTONS.read, 'Read'),
              el(
                'ExtensionPoint',
                { 'xsi:type': 'LaunchEvent' },
                el(
                  'LaunchEvents',
                  {},
                  ...ADDIN_EVENTS.map((event) =>
                    el('LaunchEvent', {
                      Type: event.xmlType,
                      FunctionName: event.handler,
                      ...(event.hasSendMode
                        ? { SendMode: XML_SEND_MODE[config.addin.sendMode] }
                        : {}),
                    }),
                  ),
                ),
                el('SourceLocation', { resid: XML_RESOURCE_IDS.eventsPage }),
              ),
            ),
          ),
        ),
        el(
          'Resources',
          {},
          el(
            'bt:Images',
            {},
            ...BUTTON_ICON_SIZES.map((size) =>
              resource('bt:Image', XML_RESOURCE_IDS.icon(size), urls.icon(size)),
            ),
          ),
          el(
            'bt:Urls',
            {},
            resource('bt:Url', XML_RESOURCE_IDS.eventsPage, urls.eventsPage),
            resource('bt:Url', XML_RESOURCE_IDS.eventsScript, urls.eventsScript),
            resource('bt:Url', XML_RESOURCE_IDS.taskpane, urls.taskpane),
          ),
          el(
            'bt:ShortStrings',
            {},
            string('Group.Label', (texts) => texts.ribbonGroup),
            string('Compose.Label', (texts) => texts.taskpaneButton),
            string('Read.Label', (texts) => texts.readButton),
            string('Button.Title', (texts) => texts.taskpaneTitle),
          ),
          el(
            'bt:LongStrings',
            {},
            string('Compose.Tooltip', (texts) => texts.taskpaneTooltip),
            string('Read.Tooltip', (texts) => texts.readTooltip),
          ),
        ),
        // Office single sign-on for the breach report on Mac and older Windows builds: the same
        // registration and resource as manifest.json's webApplicationInfo.
        el(
          'WebApplicationInfo',
          {},
          el('Id', {}, singleSignOn.id),
          el('Resource', {}, singleSignOn.resource),
          el('Scopes', {}, el('Scope', {}, 'openid'), el('Scope', {}, 'profile')),
        ),
      ),
    ),
  );
  return renderXmlDocument(root);
}

/** A ribbon group with the button that opens the task pane (ids as in manifest.json). */
function commandSurface(
  surface: string,
  buttonId: string,
  strings: 'Compose' | 'Read',
): XmlElement {
  return el(
    'ExtensionPoint',
    { 'xsi:type': surface },
    el(
      'OfficeTab',
      { id: 'TabDefault' },
      el(
        'Group',
        { id: `${buttonId}Group` },
        el('Label', { resid: 'Group.Label' }),
        el(
          'Control',
          { 'xsi:type': 'Button', id: buttonId },
          el('Label', { resid: `${strings}.Label` }),
          el(
            'Supertip',
            {},
            el('Title', { resid: 'Button.Title' }),
            el('Description', { resid: `${strings}.Tooltip` }),
          ),
          el(
            'Icon',
            {},
            ...BUTTON_ICON_SIZES.map((size) =>
              el('bt:Image', { size: String(size), resid: XML_RESOURCE_IDS.icon(size) }),
            ),
          ),
          el(
            'Action',
            { 'xsi:type': 'ShowTaskpane' },
            el('SourceLocation', { resid: XML_RESOURCE_IDS.taskpane }),
          ),
        ),
      ),
    ),
  );
}
