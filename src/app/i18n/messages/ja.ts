import type { MessageKey } from '../en';

export default {} satisfies Partial<Record<MessageKey, string>>;
