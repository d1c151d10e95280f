import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { AddressObject, simpleParser as SimpleParser } from 'mailparser';
import type { SMTPServer, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import { InboundEmailService, type RefusalReason } from './inbound-email.service.js';

const REFUSALS: Record<RefusalReason, { code: number; message: string }> = {
  unknown_address: { code: 550, message: 'No such forwarding address' },
  unknown_sender: { code: 550, message: 'Only the owner of this address may forward to it' },
  too_large: { code: 552, message: 'Message too large' },
  no_text: { code: 550, message: 'Forward the email as text (it had no text part)' },
};

class SmtpRefusal extends Error {
  constructor(
    message: string,
    readonly responseCode: number,
  ) {
    super(message);
  }
}

/** A text/plain part anywhere, or no Content-Type at the top (which means text/plain). */
function hasTextPart(raw: Buffer): boolean {
  const text = raw.toString('latin1');
  const headerEnd = text.search(/\r?\n\r?\n/);
  const headers = headerEnd < 0 ? text : text.slice(0, headerEnd);
  return !/^content-type:/im.test(headers) || /content-type:\s*text\/plain/i.test(text);
}

const firstAddress = (from: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(from) ? from[0] : from)?.value[0]?.address ?? null;

/**
 * The development receiver for forwarded emails: a real SMTP server (smtp-server) on INBOUND_SMTP_PORT,
 * 127.0.0.1 by default, started with the API and stopped with it. No authentication and no TLS: it is for a
 * developer's machine and tests; production receives through a provider's webhook (inbound-email.controller).
 */
@Injectable()
export class InboundSmtpServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('InboundSmtp');
  private server: SMTPServer | null = null;

  constructor(
    private readonly inbound: InboundEmailService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.INBOUND_SMTP_PORT;
    if (port === undefined) return;
    const maxBytes = this.config.INBOUND_MAX_BYTES;
    // Loaded only when the receiver runs: production (webhook only) and most tests never pay for them.
    const [{ SMTPServer }, { simpleParser }] = await Promise.all([
      import('smtp-server'),
      import('mailparser'),
    ]);
    const server = new SMTPServer({
      name: this.config.INBOUND_EMAIL_DOMAIN,
      banner: 'Rebound inbound email',
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: maxBytes,
      logger: false,
      onData: (stream, session, callback) => {
        void this.read(simpleParser, stream, session).then(
          () => callback(),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      },
    });
    server.on('error', (error) => this.logger.error({ event: 'inbound_smtp_error', message: error.message }));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.config.INBOUND_SMTP_HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.logger.log({ event: 'inbound_smtp_listening', host: this.config.INBOUND_SMTP_HOST, port });
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async read(
    simpleParser: typeof SimpleParser,
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
  ): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    // mailparser makes a text version of an HTML-only email; only a text part the sender wrote counts.
    const parsed = await simpleParser(raw);
    const outcome = await this.inbound.receive({
      recipients: session.envelope.rcptTo.map((recipient) => recipient.address),
      from: firstAddress(parsed.from),
      subject: parsed.subject ?? '',
      text: hasTextPart(raw) ? (parsed.text ?? null) : null,
      messageId: parsed.messageId ?? null,
      // smtp-server stops reading at the advertised size and says so.
      sizeBytes: stream.sizeExceeded ? this.config.INBOUND_MAX_BYTES + 1 : raw.length,
      via: 'smtp',
    });
    if (!outcome.accepted) {
      const refusal = REFUSALS[outcome.reason];
      throw new SmtpRefusal(refusal.message, refusal.code);
    }
  }
}
