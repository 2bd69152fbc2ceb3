export async function startDiscord(..._args: unknown[]): Promise<number> { throw new Error('discord: not built yet'); }
