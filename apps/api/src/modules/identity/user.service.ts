import { Injectable } from '@nestjs/common';
import type { RequestTransaction } from '../../database/request-transaction.js';
import { UserEntity } from './user.entity.js';

@Injectable()
export class UserService {
  async findActiveById(db: RequestTransaction, userId: string): Promise<UserEntity | null> {
    const manager = await db.manager();
    const user = await manager.findOneBy(UserEntity, { id: userId });
    return user && !user.disabledAt ? user : null;
  }
}
