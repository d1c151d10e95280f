import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import type { RequestTransaction } from '../../database/request-transaction.js';

export interface Email {
  to: string;
  subject: string;
  text: string;
}

/**
 * Every email is written to the outbox inside the request's transaction, so a request that fails sends
 * nothing. With SMTP_URL set it is delivered once the transaction has committed; without it, it stays in
 * the outbox for the development mail page.
 */
@Injectable()
export class MailerService implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {
    this.transport = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
  }

  async send(db: RequestTransaction, email: Email): Promise<void> {
    const manager = await db.manager();
    const rows: { id: string }[] = await manager.query(
      'INSERT INTO email_outbox (to_address, subject, text_body) VALUES ($1, $2, $3) RETURNING id',
      [email.to, email.subject, email.text],
    );
    const transport = this.transport;
    if (!transport) return;
    db.afterCommit(async () => {
      await transport.sendMail({
        from: this.config.MAIL_FROM,
        to: email.to,
        subject: email.subject,
        text: email.text,
      });
      await this.dataSource.query('UPDATE email_outbox SET sent_at = now() WHERE id = $1', [rows[0].id]);
    });
  }

  /**
   * Writes and delivers an email on its own, outside any request transaction: for a notice that must
   * go out even though the request that causes it fails (a wrong password).
   */
  async sendDespiteFailure(email: Email): Promise<void> {
    const rows: { id: string }[] = await this.dataSource.query(
      'INSERT INTO email_outbox (to_address, subject, text_body) VALUES ($1, $2, $3) RETURNING id',
      [email.to, email.subject, email.text],
    );
    if (!this.transport) return;
    await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.text,
    });
    await this.dataSource.query('UPDATE email_outbox SET sent_at = now() WHERE id = $1', [rows[0].id]);
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
